// Which tests run for which rule: the tests the loaded plugins registered
// with GoogleTest, grouped by rule (suite name = rule ID with '_'),
// filtered by --rules, in catalogue order.
#pragma once

#include <string>
#include <vector>

#include "rtkconf/role.h"
#include "rule_catalog.h"

namespace rtkconf::runner {

// A role of the target and the optional calls (Rtk vocabulary,
// "RtkCreateMutex") its library lacks in its flavour.
struct RoleExports {
    PeerRole role;
    std::vector<std::string> missing;
};

struct PlannedRule {
    RuleInfo rule;
    std::vector<std::string> tests;    // "SHM_SIZE_001.RefusesHighNonZero"
    std::vector<std::string> missing;  // optional exports a role's library lacks (its symbols)
    std::vector<PeerRole> roles;       // the target's roles whose flavour the rule applies to
    std::string not_applicable;        // why none does (roles is then empty)
};

struct TestPlan {
    std::vector<PlannedRule> rules;
    std::vector<std::string> orphan_tests;  // suites matching no rule
};

// Test names as "suite.name", in registration order.
std::vector<std::string> registered_tests();

TestPlan make_plan(const RuleCatalog &catalog, const std::vector<std::string> &tests,
                   const std::string &rule_globs, const std::vector<RoleExports> &roles);
// One rtk role lacking `missing_exports`.
TestPlan make_plan(const RuleCatalog &catalog, const std::vector<std::string> &tests,
                   const std::string &rule_globs, const std::vector<std::string> &missing_exports);

}  // namespace rtkconf::runner
