// Which tests run for which rule: the tests the loaded plugins registered
// with GoogleTest, grouped by rule (suite name = rule ID with '_'),
// filtered by --rules, in catalogue order.
#pragma once

#include <string>
#include <vector>

#include "rule_catalog.h"

namespace rtkconf::runner {

struct PlannedRule {
    RuleInfo rule;
    std::vector<std::string> tests;    // "SHM_SIZE_001.RefusesHighNonZero"
    std::vector<std::string> missing;  // optional exports the IUT lacks
};

struct TestPlan {
    std::vector<PlannedRule> rules;
    std::vector<std::string> orphan_tests;  // suites matching no rule
};

// Test names as "suite.name", in registration order.
std::vector<std::string> registered_tests();

TestPlan make_plan(const RuleCatalog &catalog, const std::vector<std::string> &tests,
                   const std::string &rule_globs, const std::vector<std::string> &missing_exports);

}  // namespace rtkconf::runner
