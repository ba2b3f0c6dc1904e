// Internal to rtkconf_report; not part of its API.
//
// The parts of report.html rendered in C++, so the page reads without
// JavaScript. report.js later replaces the rules table by its own, built
// from the embedded JSON with the same markup, and adds the filters.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace rtkconf::report::detail {

// Rules with counts_for_verdict whose status is neither pass nor skip.
int rules_breaking_verdict(const nlohmann::json &results);

std::string html_top_bar(const nlohmann::json &results);  // verdict banner
std::string html_identity_section(const nlohmann::json &results);
std::string html_summary_section(const nlohmann::json &results);  // counts per family
std::string html_plugins_section(const nlohmann::json &results);
std::string html_profile_section(const nlohmann::json &results);  // INFO observations
std::string html_rules_section(const nlohmann::json &results);

}  // namespace rtkconf::report::detail
