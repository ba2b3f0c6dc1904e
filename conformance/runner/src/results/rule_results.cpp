#include "rule_results.h"

namespace rtkconf::runner {

std::vector<TestJob> jobs_for(const TestPlan &plan) {
    std::vector<TestJob> jobs;
    for (const PlannedRule &r : plan.rules) {
        if (!r.missing.empty()) continue;
        for (const std::string &t : r.tests) jobs.push_back({r.rule.id, t});
    }
    return jobs;
}

std::vector<RuleResult> fold_results(const TestPlan &plan, const std::vector<TestResult> &results,
                                     Profile profile) {
    std::vector<RuleResult> rules;
    for (const PlannedRule &planned : plan.rules) {
        RuleResult rr;
        rr.rule = planned.rule;
        rr.counts_for_verdict = counts_for_verdict(planned.rule.level, profile);
        if (!planned.missing.empty()) {
            std::string list;
            for (const std::string &e : planned.missing) list += (list.empty() ? "" : ", ") + e;
            rr.status = Status::skip;
            rr.evidence.push_back("skipped: the implementation does not export " + list);
            rules.push_back(std::move(rr));
            continue;
        }
        if (planned.tests.empty()) {
            // A rule nobody tests must not pass by default.
            rr.status = Status::error;
            rr.evidence.push_back("harness error: no TEST(" + suite_name_for(planned.rule.id) +
                                  ", ...) is registered for this rule");
            rules.push_back(std::move(rr));
            continue;
        }
        std::vector<Status> statuses;
        for (const TestResult &t : results) {
            if (t.rule_id != planned.rule.id) continue;
            statuses.push_back(t.status);
            rr.duration_ms += t.duration_ms;
            if (!t.observed.empty()) rr.observed = t.observed;
            for (const std::string &m : t.messages) rr.evidence.push_back(t.test + ": " + m);
            rr.tests.push_back(t);
        }
        rr.status = worst_of(statuses);
        rules.push_back(std::move(rr));
    }
    return rules;
}

Verdict verdict_of(const std::vector<RuleResult> &rules, Profile profile) {
    std::vector<RuleOutcome> outcomes;
    for (const RuleResult &r : rules) {
        Status counted = r.status;
        // A declared failure that happened is what the vendor said; one
        // that passed is a stale declaration, which fails the run.
        if (r.expectation && r.expectation->outcome == "expected-fail") counted = Status::skip;
        if (r.expectation && r.expectation->outcome == "unexpected-pass") {
            outcomes.push_back({Level::must, Status::fail});
            continue;
        }
        outcomes.push_back({r.rule.level, counted});
    }
    return verdict_of(outcomes, profile);
}

bool is_conformant(const std::vector<RuleResult> &rules, Profile profile) {
    return verdict_of(rules, profile) == Verdict::conformant;
}

}  // namespace rtkconf::runner
