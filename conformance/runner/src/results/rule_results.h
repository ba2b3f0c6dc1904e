// Folds the results of tests into the results of their rules (the
// results model's Rule): a rule's status is its worst test's, its
// evidence every message of its tests.
#pragma once

#include <vector>

#include "rtkconf/results/model.h"
#include "test_execution.h"
#include "test_plan.h"

namespace rtkconf::runner {

// Rules whose tests need exports the IUT lacks are skipped without a run.
std::vector<TestJob> jobs_for(const TestPlan &plan);

// The rule's catalogue entry as a result not yet judged: its identity and
// whether it counts under `profile`.
results::Rule unjudged(const RuleInfo &rule, Profile profile);

// One test's entry in its rule's results, and one call of its call log.
results::Test test_entry(const TestResult &test);
results::Call call_entry(const CallRecord &call);

std::vector<results::Rule> fold_results(const TestPlan &plan,
                                        const std::vector<TestResult> &results, Profile profile);

}  // namespace rtkconf::runner
