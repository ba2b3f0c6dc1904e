// Sharding: --shard K/N parses or is refused, the split is stable and
// covers every rule once, and merging the shards' results gives exactly
// the results of the unsharded run (here built from the same test results,
// so even timings and call logs must agree).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "leak_rules.h"
#include "results_document.h"
#include "rtkconf/results/json.h"
#include "rule_results.h"
#include "shard.h"
#include "shard_merge.h"

namespace rtkconf::runner {
namespace {

using ::testing::HasSubstr;

TEST(Shard, ParsesKOfNAndRefusesEverythingElse) {
    const std::pair<const char *, std::optional<std::pair<int, int>>> rows[] = {
        {"1/1", std::pair{1, 1}},  {"2/3", std::pair{2, 3}},
        {"3/3", std::pair{3, 3}},  {"10000/10000", std::pair{10000, 10000}},
        {"", std::nullopt},        {"3", std::nullopt},
        {"0/3", std::nullopt},     {"4/3", std::nullopt},
        {"1/0", std::nullopt},     {"a/b", std::nullopt},
        {"1/3x", std::nullopt},    {" 1/3", std::nullopt},
        {"-1/3", std::nullopt},    {"1//3", std::nullopt},
        {"1/10001", std::nullopt}, {"/3", std::nullopt}};
    for (std::size_t i = 0; i < std::size(rows); ++i) {
        std::string error;
        const auto shard = parse_shard(rows[i].first, error);
        ASSERT_EQ(shard.has_value(), rows[i].second.has_value()) << "row " << i << ": " << error;
        if (shard) {
            EXPECT_EQ(shard->index, rows[i].second->first) << "row " << i;
            EXPECT_EQ(shard->count, rows[i].second->second) << "row " << i;
        } else {
            EXPECT_THAT(error, HasSubstr("expected K/N with 1 <= K <= N")) << "row " << i;
            EXPECT_THAT(error, HasSubstr(std::string("got '") + rows[i].first + "'"))
                << "row " << i;
        }
    }
}

TestPlan plan_of(int rules) {
    TestPlan plan;
    for (int i = 1; i <= rules; ++i) {
        const std::string id = "SHM-A-00" + std::to_string(i);
        plan.rules.push_back(
            {RuleInfo{
                 id, "a", Level::must, "title " + id, "source", {}, "p", {Flavour::rtk}, false},
             {suite_name_for(id) + ".One", suite_name_for(id) + ".Two"},
             {},
             {},
             {}});
    }
    return plan;
}

TEST(Shard, EveryRuleIsInExactlyOneShardByItsPositionInIdOrder) {
    for (int n = 1; n <= 8; ++n) {
        std::vector<int> owner(7, 0);
        for (int k = 1; k <= n; ++k) {
            TestPlan plan = plan_of(7);
            keep_shard(plan, {k, n});
            for (const PlannedRule &r : plan.rules) {
                const int position = r.rule.id.back() - '1';
                EXPECT_EQ(owner[static_cast<std::size_t>(position)], 0) << r.rule.id << " twice";
                owner[static_cast<std::size_t>(position)] = k;
                EXPECT_EQ(position % n, k - 1) << r.rule.id << " in shard " << k << "/" << n;
            }
        }
        for (std::size_t i = 0; i < owner.size(); ++i)
            EXPECT_NE(owner[i], 0) << "rule " << i << " in no shard of " << n;
    }
}

// The test results of a whole run, in job order: two repetitions, every
// test of every rule; some fail, some leave objects behind for a while.
std::vector<TestResult> run_all(const TestPlan &plan) {
    std::vector<TestResult> out;
    for (int repetition = 0; repetition < 2; ++repetition)
        for (const PlannedRule &r : plan.rules)
            for (const std::string &test : r.tests) {
                TestResult t;
                t.rule_id = r.rule.id;
                t.test = test;
                const std::size_t seed = out.size();
                t.status = seed % 5 == 3 ? Status::fail : Status::pass;
                t.duration_ms = static_cast<int64_t>(10 + seed);
                if (t.status == Status::fail) t.messages.push_back("expected X, got Y " + test);
                t.calls.push_back({"peer 1", "RtkCreateSharedMemory(" + test + ")", 0, ""});
                if (seed % 3 != 0) {
                    t.leak.status = seed % 7 == 4 ? Status::fail : Status::pass;
                    t.leak.cleanup_ms =
                        t.leak.status == Status::pass ? static_cast<int64_t>(seed) : -1;
                    t.leak.present_at_first_look = seed % 2 == 0;
                    if (t.leak.status == Status::fail) t.leak.messages.push_back("leak: n" + test);
                    t.leak.calls.push_back({"leak probe", "RtkOpenMutex(n)", 0, ""});
                }
                out.push_back(std::move(t));
            }
    return out;
}

RunIdentity identity(std::optional<results::Shard> shard) {
    RunIdentity run;
    run.iut_path = "/opt/it's here/lib.so";
    run.iut_sha256 = "abc";
    run.platform = "linux-x86_64";
    run.label = "lib.so";
    run.started = "2026-01-01T00:00:00Z";
    run.harness_version = "0.1.0";
    run.runner = "/opt/it's here/rtkconf";
    run.settle_ms = 2000;
    run.shard = shard;
    return run;
}

// What `run` writes for `plan` (the shard's part when `shard` is set).
results::Results document(TestPlan plan, std::optional<results::Shard> shard) {
    const std::vector<TestResult> all = run_all(plan);
    std::vector<TestResult> ran;
    if (shard) {
        keep_shard(plan, *shard);
        for (const TestResult &t : all)
            for (const PlannedRule &r : plan.rules)
                if (r.rule.id == t.rule_id) ran.push_back(t);
    } else {
        ran = all;
    }
    std::vector<results::Rule> rules = fold_results(plan, ran, Profile::strict);
    for (auto &r : fold_leak_rules(ran, rules, "", Profile::strict)) rules.push_back(r);
    std::vector<PluginStatus> plugins(1);
    plugins[0].path = "/opt/lib/librtkconf-plugin-a.so";
    plugins[0].rules = 7;
    return results_document(identity(shard), rules, plugins, FixtureIndex{});
}

std::vector<results::Results> shards_of(const TestPlan &plan, int n) {
    std::vector<results::Results> out;
    for (int k = n; k >= 1; --k) out.push_back(document(plan, results::Shard{k, n}));
    return out;
}

TEST(ShardMerge, TheShardsOfARunMergeIntoExactlyThatRunsResults) {
    const TestPlan plan = plan_of(7);
    const nlohmann::json whole = document(plan, std::nullopt);
    ASSERT_EQ(whole["rules"].size(), 9u);
    ASSERT_EQ(whole["verdict"], "not-conformant");
    for (int n = 1; n <= 9; ++n) {
        std::string error;
        auto merged = merge_shards(shards_of(plan, n), error);
        ASSERT_TRUE(merged) << n << " shards: " << error;
        EXPECT_EQ(merged->duration_ms, 0);
        EXPECT_EQ(nlohmann::json(*merged), whole) << n << " shards";
    }
}

TEST(ShardMerge, TheLeakRulesAreFoldedOverEveryShardsTests) {
    std::string error;
    const auto merged = merge_shards(shards_of(plan_of(7), 3), error);
    ASSERT_TRUE(merged) << error;
    const results::Rule &leak = merged->rules[7];
    ASSERT_EQ(leak.id, "SHM-LEAK-001");
    EXPECT_EQ(leak.status, Status::fail);
    EXPECT_EQ(leak.rerun,
              "'/opt/it'\\''s here/rtkconf' run --impl '/opt/it'\\''s here/lib.so' "
              "--profile strict --rules 'SHM-A-003,SHM-A-006'");
    EXPECT_THAT(merged->rules[8].observed, HasSubstr("18 tests checked"));
}

struct Refusal {
    void (*spoil)(std::vector<results::Results> &);
    const char *error;
};

TEST(ShardMerge, RefusesWhatIsNotTheShardsOfOneRun) {
    const Refusal rows[] = {
        {[](auto &s) { s.pop_back(); }, "shard 1/3 is missing"},
        {[](auto &s) { s[0] = s[1]; }, "shard 2/3 is given twice"},
        {[](auto &s) { s[0].shard.reset(); }, "is no shard"},
        {[](auto &s) {
             s[0].shard = results::Shard{3, 4};
         },
         "is not one of"},
        {[](auto &s) { s[1].implementation.sha256 = "def"; },
         "shard 2/3 differs from shard 1/3 in implementation (abc vs def)"},
        {[](auto &s) { s[0].profile = results::Profile::lenient; }, "in profile"},
        {[](auto &s) { s[2].rule_filter = "SHM-A-*"; }, "in --rules"},
        {[](auto &s) { s[1].transport = "agent-loopback"; }, "in --transport"},
        {[](auto &s) { s[1].plugins[0].rules = 6; }, "in plugins"},
        {[](auto &s) { std::swap(s[0].rules[0], s[1].rules[0]); }, "do not interleave"},
        {[](auto &s) { s[0].rules.erase(s[0].rules.begin()); }, "do not interleave"},
        {[](auto &s) {
             s[0].rules.insert(s[0].rules.begin() + 2, s[0].rules[1]);
             s[0].rules[2].id = "SHM-A-008";
         },
         "do not interleave"},
        {[](auto &s) { s[1].rules.pop_back(); }, "has no SHM-LEAK-001 and SHM-LEAK-002"},
        {[](auto &s) {
             s[1].rules[s[1].rules.size() - 2].status = Status::skip;
             s[1].rules[s[1].rules.size() - 2].evidence = {
                 "skipped: the leak probe could not run: opens create"};
         },
         "the leak probe ran in some shards and not in others"},
    };
    for (std::size_t i = 0; i < std::size(rows); ++i) {
        auto shards = shards_of(plan_of(7), 3);
        rows[i].spoil(shards);
        std::string error;
        EXPECT_FALSE(merge_shards(shards, error)) << "row " << i;
        EXPECT_THAT(error, HasSubstr(rows[i].error)) << "row " << i;
    }
}

TEST(ShardMerge, LatencyTextReadsBackAndOtherTextDoesNot) {
    for (const LeakLatency l : {LeakLatency{80, 0, 696}, LeakLatency{3, 2, -1}, LeakLatency{}}) {
        const auto back = read_latency(describe(l));
        ASSERT_TRUE(back) << describe(l);
        EXPECT_EQ(back->checked, l.checked);
        EXPECT_EQ(back->late, l.late);
        EXPECT_EQ(back->slowest_ms, l.slowest_ms);
    }
    EXPECT_FALSE(read_latency(""));
    EXPECT_FALSE(
        read_latency("80 tests checked; objects still present right after the test in 0; "
                     "all gone within 696 ms and more"));
    EXPECT_FALSE(read_latency("nothing to see"));
}

TEST(ShardMerge, TheRunnerOfARerunCommandReadsBack) {
    RunIdentity run = identity(std::nullopt);
    EXPECT_EQ(runner_in(rerun_command(run, "SHM-A-001")), "/opt/it's here/rtkconf");
    run.runner = "/plain/rtkconf";
    EXPECT_EQ(runner_in(rerun_command(run, "SHM-A-001")), "/plain/rtkconf");
    EXPECT_EQ(runner_in("rtkconf run"), "");
    EXPECT_EQ(runner_in("'unterminated"), "");
}

}  // namespace
}  // namespace rtkconf::runner
