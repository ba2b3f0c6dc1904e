#include "test_plan.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "glob_match.h"
#include "rtkconf/iut.h"

namespace rtkconf::runner {

std::vector<std::string> registered_tests() {
    std::vector<std::string> tests;
    const ::testing::UnitTest &unit = *::testing::UnitTest::GetInstance();
    for (int s = 0; s < unit.total_test_suite_count(); ++s) {
        const ::testing::TestSuite &suite = *unit.GetTestSuite(s);
        for (int t = 0; t < suite.total_test_count(); ++t)
            tests.push_back(std::string(suite.name()) + "." + suite.GetTestInfo(t)->name());
    }
    return tests;
}

namespace {

bool contains(const std::vector<std::string> &list, const std::string &item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

// The roles whose flavour the rule can be expressed in, and the optional
// exports any of them lacks (by the symbol its flavour calls).
void assign_roles(PlannedRule &planned, const std::vector<RoleExports> &roles) {
    for (const RoleExports &r : roles) {
        const auto &flavours = planned.rule.flavours;
        if (!planned.rule.across &&
            std::find(flavours.begin(), flavours.end(), r.role.flavour) == flavours.end())
            continue;
        planned.roles.push_back(r.role);
        for (const std::string &e : planned.rule.needs_exports) {
            if (!contains(r.missing, e)) continue;
            const std::string symbol = symbol_in_flavour(e, r.role.flavour).value_or(e);
            if (!contains(planned.missing, symbol)) planned.missing.push_back(symbol);
        }
    }
    if (planned.roles.empty())
        planned.not_applicable = "the rule can be expressed in " +
                                 flavour_list(planned.rule.flavours) + "; this target speaks " +
                                 flavour_list([&] {
                                     std::vector<PeerRole> all;
                                     for (const RoleExports &r : roles) all.push_back(r.role);
                                     return flavours_of(all);
                                 }());
}

}  // namespace

TestPlan make_plan(const RuleCatalog &catalog, const std::vector<std::string> &tests,
                   const std::string &rule_globs, const std::vector<std::string> &missing_exports) {
    RoleExports only{PeerRole{}, missing_exports};
    return make_plan(catalog, tests, rule_globs, std::vector<RoleExports>{only});
}

TestPlan make_plan(const RuleCatalog &catalog, const std::vector<std::string> &tests,
                   const std::string &rule_globs, const std::vector<RoleExports> &roles) {
    TestPlan plan;
    for (const RuleInfo &rule : catalog.sorted()) {
        if (!matches_any(rule_globs, rule.id)) continue;
        PlannedRule planned{rule, {}, {}, {}, {}};
        const std::string prefix = suite_name_for(rule.id) + ".";
        for (const std::string &t : tests)
            if (t.rfind(prefix, 0) == 0) planned.tests.push_back(t);
        assign_roles(planned, roles);
        plan.rules.push_back(std::move(planned));
    }
    for (const std::string &t : tests)
        if (!catalog.find_by_suite(t.substr(0, t.find('.')))) plan.orphan_tests.push_back(t);
    return plan;
}

}  // namespace rtkconf::runner
