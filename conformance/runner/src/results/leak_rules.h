// The rules the runner checks itself, after every test: objects a test
// created must be gone once its processes are (SHM-LEAK-001, SHOULD), and
// how long that took (SHM-LEAK-002, INFO). Registered in the catalogue
// beside the plugins' rules, so list-rules and the report show them.
//
// They are folded over every test of a run, so a sharded run has them in
// every shard, each over that shard's tests; merge_leak_rules folds the
// shards' into the whole run's.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rtkconf/results/model.h"
#include "rule_catalog.h"
#include "test_execution.h"

namespace rtkconf::runner {

std::vector<RuleInfo> leak_rules();
bool is_leak_rule(std::string_view rule_id);

// The two rules' results, from the leak checks of `tests`; `probe_why`
// says why the probe could not run at all (empty when it could). The
// checks are listed in the order of `rules`' tests.
std::vector<results::Rule> fold_leak_rules(const std::vector<TestResult> &tests,
                                           const std::vector<results::Rule> &rules,
                                           const std::string &probe_why, Profile profile);

// The two rules of a whole run from those of its shards (`shard_rules`:
// each shard's SHM-LEAK-001 and SHM-LEAK-002, in shard order) and the
// run's other rules. nullopt, with `error` set, when the shards cannot be
// of one run (the probe ran in some and not in others).
std::optional<std::vector<results::Rule>> merge_leak_rules(
    const std::vector<std::vector<results::Rule>> &shard_rules,
    const std::vector<results::Rule> &rules, Profile profile, std::string &error);

// What SHM-LEAK-002 observes, and its text ("80 tests checked; objects
// still present right after the test in 0; all gone within 696 ms").
struct LeakLatency {
    int checked = 0;
    int late = 0;                  // still present at the probe's first look
    std::int64_t slowest_ms = -1;  // -1: no test's objects were seen gone
};
std::string describe(const LeakLatency &latency);
std::optional<LeakLatency> read_latency(std::string_view observed);

}  // namespace rtkconf::runner
