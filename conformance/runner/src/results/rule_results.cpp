#include "rule_results.h"

#include <cstdio>

#include "rtkconf/step.h"

namespace rtkconf::runner {

std::vector<TestJob> jobs_for(const TestPlan &plan) {
    std::vector<TestJob> jobs;
    for (const PlannedRule &r : plan.rules) {
        if (!r.missing.empty()) continue;
        for (const std::string &t : r.tests) jobs.push_back({r.rule.id, t});
    }
    return jobs;
}

results::Rule unjudged(const RuleInfo &rule, Profile profile) {
    results::Rule r;
    r.id = rule.id;
    r.family = rule.family;
    r.level = rule.level;
    r.title = rule.title;
    r.source = rule.source;
    r.counts_for_verdict = results::counts_for_verdict(rule.level, profile);
    return r;
}

results::Call call_entry(const CallRecord &call) {
    char hex[16];
    std::snprintf(hex, sizeof hex, "0x%08X",
                  static_cast<unsigned>(static_cast<uint32_t>(call.status)));
    return {call.peer, call.call, hex, status_name(call.status), call.detail};
}

results::Test test_entry(const TestResult &test) {
    results::Test t{test.test, test.status, test.duration_ms, test.messages, {}};
    for (const CallRecord &c : test.calls) t.calls.push_back(call_entry(c));
    return t;
}

std::vector<results::Rule> fold_results(const TestPlan &plan,
                                        const std::vector<TestResult> &results, Profile profile) {
    std::vector<results::Rule> rules;
    for (const PlannedRule &planned : plan.rules) {
        results::Rule rr = unjudged(planned.rule, profile);
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
            rr.tests.push_back(test_entry(t));
        }
        rr.status = results::worst_of(statuses);
        rules.push_back(std::move(rr));
    }
    return rules;
}

}  // namespace rtkconf::runner
