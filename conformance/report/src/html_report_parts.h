// Internal to rtkconf_report; not part of its API.
//
// The parts of report.html, all rendered here: report.js only adds a
// filter bar over the rows rendered here.
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
std::string html_leaks_section(const nlohmann::json &results);  // SHM-LEAK-001 and leftovers

}  // namespace rtkconf::report::detail
