// The rules the runner checks itself, after every test: objects a test
// created must be gone once its processes are (SHM-LEAK-001, SHOULD), and
// how long that took (SHM-LEAK-002, INFO). Registered in the catalogue
// beside the plugins' rules, so list-rules and the report show them.
#pragma once

#include <string>
#include <vector>

#include "rule_catalog.h"
#include "rule_results.h"
#include "test_execution.h"

namespace rtkconf::runner {

std::vector<RuleInfo> leak_rules();

// The two rules' results, from the leak checks of `tests`; `probe_why`
// says why the probe could not run at all (empty when it could).
std::vector<RuleResult> fold_leak_rules(const std::vector<TestResult> &tests,
                                        const std::string &probe_why, Profile profile);

}  // namespace rtkconf::runner
