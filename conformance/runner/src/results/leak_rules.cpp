#include "leak_rules.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "rule_results.h"

namespace rtkconf::runner {
namespace {

constexpr const char *kLeakRule = "SHM-LEAK-001";
constexpr const char *kLatencyRule = "SHM-LEAK-002";
constexpr std::string_view kProbeOff = "skipped: the leak probe could not run: ";
constexpr std::string_view kNothingCreated = "skipped: no test created a named object";

// Each check goes where its test is in the run's rules, so a check's place
// does not depend on which shard or repetition ran it.
void order_like(std::vector<results::Test> &checks, const std::vector<results::Rule> &rules) {
    std::map<std::string, std::size_t> position;
    for (const results::Rule &r : rules)
        for (const results::Test &t : r.tests) position.emplace(t.name, position.size());
    const auto place = [&](const results::Test &t) {
        const auto it = position.find(t.name);
        return it == position.end() ? position.size() : it->second;
    };
    std::stable_sort(
        checks.begin(), checks.end(),
        [&](const results::Test &a, const results::Test &b) { return place(a) < place(b); });
}

std::vector<results::Rule> judged(std::vector<results::Test> checks, const LeakLatency &latency,
                                  const std::string &probe_why, Profile profile) {
    const std::vector<RuleInfo> infos = leak_rules();
    results::Rule leak = unjudged(infos[0], profile);
    results::Rule slow = unjudged(infos[1], profile);
    if (!probe_why.empty() || checks.empty()) {
        leak.evidence.push_back(probe_why.empty() ? std::string(kNothingCreated)
                                                  : std::string(kProbeOff) + probe_why);
        leak.status = slow.status = Status::skip;
        slow.evidence = leak.evidence;
        return {leak, slow};
    }
    std::vector<Status> statuses;
    for (const results::Test &t : checks) {
        statuses.push_back(t.status);
        for (const std::string &m : t.messages) leak.evidence.push_back(t.name + ": " + m);
    }
    leak.tests = std::move(checks);
    leak.status = results::worst_of(statuses);
    slow.status = Status::pass;
    slow.observed = describe(latency);
    return {leak, slow};
}

const results::Rule *find(const std::vector<results::Rule> &rules, std::string_view id) {
    for (const results::Rule &r : rules)
        if (r.id == id) return &r;
    return nullptr;
}

// Why a shard's probe could not run; empty when it ran.
std::string probe_off_in(const results::Rule &leak) {
    if (leak.status != Status::skip || leak.evidence.empty()) return {};
    const std::string &first = leak.evidence.front();
    return first.rfind(kProbeOff, 0) == 0 ? first.substr(kProbeOff.size()) : std::string();
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
         "rtkconf",
         every_flavour()},
        {kLatencyRule,
         "leaks",
         Level::info,
         "How long the implementation takes to destroy a test's objects after its processes "
         "ended",
         "Implementation-defined: a kernel may clean up asynchronously (CONFORMANCE.md D10).",
         {},
         "rtkconf",
         every_flavour()},
    };
}

bool is_leak_rule(std::string_view rule_id) {
    return rule_id == kLeakRule || rule_id == kLatencyRule;
}

std::vector<results::Rule> fold_leak_rules(const std::vector<TestResult> &tests,
                                           const std::vector<results::Rule> &rules,
                                           const std::string &probe_why, Profile profile) {
    std::vector<results::Test> checks;
    LeakLatency latency;
    for (const TestResult &t : tests) {
        if (t.leak.status == Status::skip) continue;
        results::Test entry{t.test, t.leak.status, 0, t.leak.messages, {}};
        for (const CallRecord &c : t.leak.calls) entry.calls.push_back(call_entry(c));
        checks.push_back(std::move(entry));
        ++latency.checked;
        if (t.leak.present_at_first_look) ++latency.late;
        latency.slowest_ms = std::max(latency.slowest_ms, t.leak.cleanup_ms);
    }
    order_like(checks, rules);
    return judged(std::move(checks), latency, probe_why, profile);
}

std::optional<std::vector<results::Rule>> merge_leak_rules(
    const std::vector<std::vector<results::Rule>> &shard_rules,
    const std::vector<results::Rule> &rules, Profile profile, std::string &error) {
    std::vector<results::Test> checks;
    LeakLatency latency;
    std::string probe_why;
    std::size_t probe_off = 0;
    for (std::size_t k = 0; k < shard_rules.size(); ++k) {
        const results::Rule *leak = find(shard_rules[k], kLeakRule);
        const results::Rule *slow = find(shard_rules[k], kLatencyRule);
        if (!leak || !slow) {
            error = "shard " + std::to_string(k + 1) + " has no " + kLeakRule + " and " +
                    kLatencyRule + ": not a results document of rtkconf run";
            return std::nullopt;
        }
        if (const std::string why = probe_off_in(*leak); !why.empty()) {
            if (probe_why.empty()) probe_why = why;
            ++probe_off;
            continue;
        }
        checks.insert(checks.end(), leak->tests.begin(), leak->tests.end());
        if (slow->status == Status::skip) continue;  // this shard's tests created nothing
        const auto seen = read_latency(slow->observed);
        if (!seen) {
            error = "shard " + std::to_string(k + 1) + ": " + kLatencyRule + " observed \"" +
                    slow->observed + "\", which is not what rtkconf run writes";
            return std::nullopt;
        }
        latency.checked += seen->checked;
        latency.late += seen->late;
        latency.slowest_ms = std::max(latency.slowest_ms, seen->slowest_ms);
    }
    if (probe_off != 0 && probe_off != shard_rules.size()) {
        error = "the leak probe ran in some shards and not in others (" + probe_why +
                "): they are not shards of one run";
        return std::nullopt;
    }
    order_like(checks, rules);
    return judged(std::move(checks), latency, probe_why, profile);
}

std::string describe(const LeakLatency &latency) {
    return std::to_string(latency.checked) + " tests checked; objects still present right " +
           "after the test in " + std::to_string(latency.late) + "; " +
           (latency.slowest_ms < 0
                ? std::string("some never went")
                : "all gone within " + std::to_string(latency.slowest_ms) + " ms");
}

std::optional<LeakLatency> read_latency(std::string_view observed) {
    LeakLatency latency;
    int used = 0;
    const std::string text(observed);
    if (std::sscanf(text.c_str(),
                    "%d tests checked; objects still present right after the test in %d; %n",
                    &latency.checked, &latency.late, &used) != 2 ||
        used == 0)
        return std::nullopt;
    const std::string rest = text.substr(static_cast<std::size_t>(used));
    if (rest == "some never went") return latency;
    long long slowest = 0;
    int end = 0;
    if (std::sscanf(rest.c_str(), "all gone within %lld ms%n", &slowest, &end) != 1 ||
        static_cast<std::size_t>(end) != rest.size())
        return std::nullopt;
    latency.slowest_ms = slowest;
    if (describe(latency) != text) return std::nullopt;
    return latency;
}

}  // namespace rtkconf::runner
