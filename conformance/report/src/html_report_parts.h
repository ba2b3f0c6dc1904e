// Internal to rtkconf_report; not part of its API.
//
// The parts of report.html, all rendered here: report.js only adds a
// filter bar over the rows rendered here.
#pragma once

#include "html.h"
#include "rtkconf/results/model.h"

namespace rtkconf::report::detail {

// Rules with counts_for_verdict whose status is neither pass nor skip.
int rules_breaking_verdict(const results::Results &results);

Html html_top_bar(const results::Results &results);  // verdict banner
Html html_identity_section(const results::Results &results);
Html html_summary_section(const results::Results &results);  // counts per family
Html html_plugins_section(const results::Results &results);
Html html_profile_section(const results::Results &results);  // INFO observations
Html html_rules_section(const results::Results &results);
Html html_leaks_section(const results::Results &results);  // SHM-LEAK-001 and leftovers

}  // namespace rtkconf::report::detail
