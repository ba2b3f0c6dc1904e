#include "test_plan.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "glob_match.h"

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

TestPlan make_plan(const RuleCatalog &catalog, const std::vector<std::string> &tests,
                   const std::string &rule_globs, const std::vector<std::string> &missing_exports) {
    TestPlan plan;
    for (const RuleInfo &rule : catalog.sorted()) {
        if (!matches_any(rule_globs, rule.id)) continue;
        PlannedRule planned{rule, {}, {}};
        const std::string prefix = suite_name_for(rule.id) + ".";
        for (const std::string &t : tests)
            if (t.rfind(prefix, 0) == 0) planned.tests.push_back(t);
        for (const std::string &e : rule.needs_exports)
            if (std::find(missing_exports.begin(), missing_exports.end(), e) !=
                missing_exports.end())
                planned.missing.push_back(e);
        plan.rules.push_back(std::move(planned));
    }
    for (const std::string &t : tests)
        if (!catalog.find_by_suite(t.substr(0, t.find('.')))) plan.orphan_tests.push_back(t);
    return plan;
}

}  // namespace rtkconf::runner
