#include "rule_results.h"

#include <cstdio>

#include "rtkconf/step.h"

namespace rtkconf::runner {

std::vector<TestJob> jobs_for(const TestPlan &plan) {
    std::vector<TestJob> jobs;
    for (const PlannedRule &r : plan.rules) {
        if (!r.missing.empty() || r.roles.empty()) continue;
        for (const std::string &t : r.tests) {
            // A cross-flavour rule's test takes every role at once; any
            // other runs once per role, all its peers in that role.
            if (r.rule.across || r.roles.size() == 1) {
                jobs.push_back({r.rule.id, t, r.roles, t});
                continue;
            }
            for (const PeerRole &role : r.roles)
                jobs.push_back({r.rule.id, t, {role}, t + " [" + role.name + "]"});
        }
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
    r.flavours = rule.across ? std::string("across") : flavour_list(rule.flavours);
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
        if (!planned.not_applicable.empty()) {
            rr.status = Status::not_applicable;
            rr.evidence.push_back("n/a: " + planned.not_applicable);
            rules.push_back(std::move(rr));
            continue;
        }
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
