// Internal to rtkconf_report; not part of its API.
//
// Pieces shared by the two HTML pages (report and matrix): the embedded
// template/CSS/JS from reports/, template filling, status badges.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "html.h"
#include "rtkconf/results/model.h"

namespace rtkconf::report::detail {

// A file of reports/ embedded at build time ("report.css", ...); empty when
// there is no such asset.
std::string_view embedded_asset(std::string_view name);

// Replaces each {{name}} in `page_template` by values[name] in a single
// pass, so markup inserted for one marker is never scanned for others.
// Unknown markers are kept as they are.
std::string fill_template(std::string_view page_template,
                          const std::map<std::string, Html> &values);

// "st-fail".
Html status_class(results::Status status);
// <span class="badge st-fail" data-status="fail">fail</span>
Html status_badge(results::Status status);

// What a page says of a run: its verdict, except that a run of some rules
// (--rules, or one shard) is partial, never conformant.
enum class ShownVerdict { conformant, not_conformant, incomplete, partial };
ShownVerdict shown_verdict(const results::Results &results);
// "verdict-conformant", "verdict-not-conformant", "verdict-incomplete", "verdict-partial".
Html verdict_class(ShownVerdict verdict);
// "CONFORMANT", "NOT CONFORMANT", "INCOMPLETE", "PARTIAL".
Html verdict_text(ShownVerdict verdict);

// The generator <meta> content.
inline constexpr Literal kGenerator = "rtkconf_report";

}  // namespace rtkconf::report::detail
