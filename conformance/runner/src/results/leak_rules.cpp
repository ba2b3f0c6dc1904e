#include "leak_rules.h"

#include <algorithm>

namespace rtkconf::runner {
namespace {

constexpr const char *kLeakRule = "SHM-LEAK-001";
constexpr const char *kLatencyRule = "SHM-LEAK-002";

RuleResult result_for(const RuleInfo &info, Profile profile) {
    RuleResult r;
    r.rule = info;
    r.counts_for_verdict = counts_for_verdict(info.level, profile);
    return r;
}

}  // namespace

std::vector<RuleInfo> leak_rules() {
    return {
        {kLeakRule,
         "leaks",
         Level::should,
         "Every object a test created is gone once all of the test's processes have closed it "
         "or ended (checked for a bounded settle time, --settle-ms)",
         "spec/RtkCreateSharedMemory.md, Remarks: \"When all handles to the shared memory object "
         "representing the physical memory are closed, the object is destroyed\"; "
         "RtkOpenSharedMemory (spec/rtk-api-notes.md): the system closes a process's handles when "
         "it "
         "terminates. The settle time is our decision (CONFORMANCE.md D10), hence SHOULD.",
         {},
         "rtkconf"},
        {kLatencyRule,
         "leaks",
         Level::info,
         "How long the implementation takes to destroy a test's objects after its processes "
         "ended",
         "Implementation-defined: a kernel may clean up asynchronously (CONFORMANCE.md D10).",
         {},
         "rtkconf"},
    };
}

std::vector<RuleResult> fold_leak_rules(const std::vector<TestResult> &tests,
                                        const std::string &probe_why, Profile profile) {
    const std::vector<RuleInfo> infos = leak_rules();
    RuleResult leak = result_for(infos[0], profile);
    RuleResult latency = result_for(infos[1], profile);
    std::vector<Status> statuses;
    int64_t slowest = -1;
    int checked = 0, late = 0;
    for (const TestResult &t : tests) {
        if (t.leak.status == Status::skip) continue;
        TestResult entry;
        entry.rule_id = kLeakRule;
        entry.test = t.test;
        entry.status = t.leak.status;
        entry.messages = t.leak.messages;
        entry.calls = t.leak.calls;
        statuses.push_back(entry.status);
        for (const std::string &m : entry.messages) leak.evidence.push_back(t.test + ": " + m);
        leak.tests.push_back(std::move(entry));
        ++checked;
        if (t.leak.present_at_first_look) ++late;
        slowest = std::max(slowest, t.leak.cleanup_ms);
    }
    if (!probe_why.empty()) {
        leak.status = latency.status = Status::skip;
        leak.evidence.push_back("skipped: the leak probe could not run: " + probe_why);
        latency.evidence = leak.evidence;
        return {leak, latency};
    }
    if (statuses.empty()) {
        leak.status = latency.status = Status::skip;
        leak.evidence.push_back("skipped: no test created a named object");
        latency.evidence = leak.evidence;
        return {leak, latency};
    }
    leak.status = worst_of(statuses);
    latency.status = Status::pass;
    latency.observed = std::to_string(checked) + " tests checked; objects still present right " +
                       "after the test in " + std::to_string(late) + "; " +
                       (slowest < 0 ? std::string("some never went")
                                    : "all gone within " + std::to_string(slowest) + " ms");
    return {leak, latency};
}

}  // namespace rtkconf::runner
