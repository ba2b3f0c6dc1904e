// Internal to rtkconf_report; not part of its API.
//
// Pieces shared by the two HTML pages (report and matrix): the embedded
// template/CSS/JS from reports/, template filling, status badges.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace rtkconf::report::detail {

// A file of reports/ embedded at build time ("report.css", ...); empty when
// there is no such asset.
std::string_view embedded_asset(std::string_view name);

// Replaces each {{name}} in `page_template` by values[name] in a single
// pass, so text inserted for one marker is never scanned for others.
// Unknown markers are kept as they are.
std::string fill_template(std::string_view page_template,
                          const std::map<std::string, std::string> &values);

// "st-fail" for a known status, "st-unknown" otherwise.
std::string status_class(std::string_view status);
// <span class="badge st-fail">fail</span>, text escaped.
std::string status_badge(std::string_view status);
// "verdict-conformant", "-not-conformant", "-incomplete", "-partial" or
// "verdict-unknown".
std::string verdict_class(std::string_view verdict);
// "CONFORMANT", "NOT CONFORMANT", "INCOMPLETE", "PARTIAL" or "VERDICT UNKNOWN".
std::string verdict_text(std::string_view verdict);
// The verdict a page shows for one results document: its own, except that
// a run filtered with --rules is "partial", never "conformant".
std::string shown_verdict(const nlohmann::json &results);

// The generator <meta> content: "rtkconf_report".
inline constexpr std::string_view kGenerator = "rtkconf_report";

}  // namespace rtkconf::report::detail
