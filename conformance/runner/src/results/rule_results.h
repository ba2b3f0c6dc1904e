// Folds the results of tests into the results of their rules: a rule's
// status is its worst test's, its evidence every message of its tests.
#pragma once

#include <optional>

#include <string>
#include <vector>

#include "test_execution.h"
#include "test_plan.h"

namespace rtkconf::runner {

// A failure the vendor declared (--expect), and how the run met it:
// "expected-fail", "unexpected-pass" or "not-judged" (skip, error).
struct Expectation {
    std::string reason, link, outcome;
};

struct RuleResult {
    RuleInfo rule;
    Status status = Status::skip;
    bool counts_for_verdict = true;
    int64_t duration_ms = 0;
    std::string observed;
    std::vector<std::string> evidence;
    std::vector<TestResult> tests;
    std::optional<Expectation> expectation;
};

// Rules whose tests need exports the IUT lacks are skipped without a run.
std::vector<TestJob> jobs_for(const TestPlan &plan);

std::vector<RuleResult> fold_results(const TestPlan &plan, const std::vector<TestResult> &results,
                                     Profile profile);

Verdict verdict_of(const std::vector<RuleResult> &rules, Profile profile);
bool is_conformant(const std::vector<RuleResult> &rules, Profile profile);

}  // namespace rtkconf::runner
