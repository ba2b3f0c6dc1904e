// rtkconf run, for real: a selftest plugin whose tests pass, fail, abort,
// hang, skip and observe, each in its own child process. Checks the exit
// status, the classification in results.json and that a hang costs one
// test, not the run.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "rtkconf/platform/run_to_end.h"
#include "work_dir.h"

namespace rtkconf::runner {
namespace {

using ::testing::HasSubstr;

struct RtkconfRun {
    int exit_code = -1;
    std::string out, err;
    nlohmann::json results;
};

std::string read_all(const std::filesystem::path &path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Runs rtkconf with its output in files, so neither stream can fill up
// while the other is read. `state_dir` is handed to fixtures that keep
// state.
RtkconfRun rtkconf(const std::vector<std::string> &args,
                   const std::filesystem::path &report_dir = {},
                   const std::filesystem::path &state_dir = {}) {
    RtkconfRun run;
    WorkDir io;
    platform::ChildCommand command;
    command.executable = RTKCONF_EXE;
    command.args = args;
    command.output = io.path() / "stdout.txt";
    command.errors = io.path() / "stderr.txt";
    if (!state_dir.empty()) command.extra_env["RTKCONF_TEST_STATE_DIR"] = state_dir.string();
    const platform::ProcessEnd end = platform::run_to_end(command, std::chrono::minutes(4));
    if (end.how == platform::ProcessEnd::How::exited) run.exit_code = end.code;
    run.out = read_all(command.output);
    run.err = read_all(command.errors) + (end.detail.empty() ? "" : "\nrtkconf: " + end.detail);
    if (!report_dir.empty()) {
        std::ifstream in(report_dir / "results.json");
        run.results = nlohmann::json::parse(in, nullptr, false);
    }
    return run;
}

std::filesystem::path write_file(const std::filesystem::path &path, const std::string &text) {
    std::ofstream(path) << text;
    return path;
}

std::map<std::string, nlohmann::json> rules_by_id(const nlohmann::json &results) {
    std::map<std::string, nlohmann::json> rules;
    for (const auto &r : results.at("rules")) rules[r.at("id").get<std::string>()] = r;
    return rules;
}

TEST(RunnerEndToEnd, EveryWayATestEndsIsClassified) {
    WorkDir work;
    const RtkconfRun run =
        rtkconf({"run", "--impl", IUT_CORE_ONLY, "--plugin-dir", SELFTEST_PLUGIN_DIR,
                 "--report-dir", work.path().string(), "--timeout", "12", "--jobs", "2"},
                work.path());
    EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
    ASSERT_TRUE(run.results.is_object()) << run.out << run.err;
    EXPECT_EQ(run.results["verdict"], "not-conformant");
    auto rules = rules_by_id(run.results);
    EXPECT_EQ(rules["SELF-PASS-001"]["status"], "pass");
    EXPECT_EQ(rules["SELF-FAIL-001"]["status"], "fail");
    EXPECT_THAT(rules["SELF-FAIL-001"]["evidence"].dump(), HasSubstr("selftest failure message"));
    EXPECT_EQ(rules["SELF-CRASH-001"]["status"], "crash");
    EXPECT_EQ(rules["SELF-HANG-001"]["status"], "timeout");
    EXPECT_EQ(rules["SELF-SKIP-001"]["status"], "skip");
    EXPECT_THAT(rules["SELF-SKIP-001"]["evidence"].dump(), HasSubstr("RtkCreateMutex"));
    EXPECT_EQ(rules["SELF-INFO-001"]["observed"], "selftest observation");
    EXPECT_EQ(rules["SELF-INFO-001"]["counts_for_verdict"], false);
    EXPECT_EQ(rules["SELF-NOTEST-001"]["status"], "error");
    EXPECT_EQ(rules["SELF-HARNESS-001"]["status"], "error");
    EXPECT_THAT(rules["SELF-HARNESS-001"]["evidence"].dump(),
                HasSubstr("not the implementation's fault"));
    // This implementation cannot even attach: the leak probe cannot vouch,
    // and says so instead of blaming anything.
    EXPECT_EQ(rules["SHM-LEAK-001"]["status"], "skip");
    EXPECT_THAT(rules["SHM-LEAK-001"]["evidence"].dump(), HasSubstr("leak probe could not run"));
    EXPECT_THAT(run.out, HasSubstr("SELF-PASS-001 pass"));
    EXPECT_THAT(run.out, HasSubstr("report: "));
    EXPECT_LT(run.results["duration_ms"].get<int>(), 40000)
        << "the hang cost more than its timeout";
    EXPECT_TRUE(std::filesystem::exists(work.path() / "junit.xml"));
    EXPECT_TRUE(std::filesystem::exists(work.path() / "report.html"));
}

TEST(RunnerEndToEnd, ProfileDecidesWhetherShouldCounts) {
    WorkDir work;
    const std::vector<std::string> base{"run",
                                        "--impl",
                                        IUT_CORE_ONLY,
                                        "--plugin-dir",
                                        SELFTEST_PLUGIN_DIR,
                                        "--rules",
                                        "SELF-PASS-*,SELF-SHOULD-*,SELF-INFO-*",
                                        "--report-dir",
                                        work.path().string()};
    std::vector<std::string> lenient = base;
    lenient.insert(lenient.end(), {"--profile", "lenient"});
    const RtkconfRun strict_run = rtkconf(base, work.path());
    EXPECT_EQ(strict_run.exit_code, 1) << strict_run.out << strict_run.err;
    EXPECT_EQ(strict_run.results["rules"].size(), 5u) << "three selected, and the two leak rules";
    const RtkconfRun lenient_run = rtkconf(lenient, work.path());
    EXPECT_EQ(lenient_run.exit_code, 0) << lenient_run.out << lenient_run.err;
    EXPECT_EQ(lenient_run.results["verdict"], "conformant");
}

TEST(RunnerEndToEnd, BangGlobsLeaveRulesOutAndDiffComparesWhatBothSelect) {
    WorkDir both, fewer;
    const std::vector<std::string> base{"run", "--impl", IUT_CORE_ONLY, "--plugin-dir",
                                        SELFTEST_PLUGIN_DIR};
    std::vector<std::string> args = base;
    args.insert(args.end(),
                {"--rules", "SELF-PASS-001,SELF-FAIL-001", "--report-dir", both.path().string()});
    const RtkconfRun two = rtkconf(args, both.path());
    ASSERT_TRUE(two.results.is_object()) << two.out << two.err;
    EXPECT_EQ(rules_by_id(two.results).count("SELF-FAIL-001"), 1u);

    args = base;
    args.insert(args.end(), {"--rules", "SELF-PASS-001,SELF-FAIL-001,!SELF-FAIL-*", "--report-dir",
                             fewer.path().string()});
    const RtkconfRun one = rtkconf(args, fewer.path());
    ASSERT_TRUE(one.results.is_object()) << one.out << one.err;
    EXPECT_EQ(one.exit_code, 0) << "the failing rule was left out\n" << one.out << one.err;
    const auto rules = rules_by_id(one.results);
    EXPECT_EQ(rules.count("SELF-FAIL-001"), 0u);
    EXPECT_EQ(rules.count("SELF-PASS-001"), 1u);
    EXPECT_EQ(one.results["rule_filter"], "SELF-PASS-001,SELF-FAIL-001,!SELF-FAIL-*");
    EXPECT_THAT(read_all(fewer.path() / "report.html"), HasSubstr("PARTIAL"))
        << "a filtered run is never shown conformant";

    const std::string a = (both.path() / "results.json").string();
    const std::string b = (fewer.path() / "results.json").string();
    const RtkconfRun whole_diff = rtkconf({"diff", a, b});
    EXPECT_EQ(whole_diff.exit_code, 1) << "a rule only one run has is a change";
    EXPECT_THAT(whole_diff.out, HasSubstr("SELF-FAIL-001"));
    const RtkconfRun common = rtkconf({"diff", "--rules", "!SELF-FAIL-001", a, b});
    EXPECT_EQ(common.exit_code, 0) << common.out << common.err;
    EXPECT_THAT(common.out, HasSubstr("compared 3 of the 4 rules of " + a));
    // The leak rules every run has stay beside what the globs select.
    const RtkconfRun pass_only = rtkconf({"diff", "--rules", "SELF-PASS-*", a, b});
    EXPECT_EQ(pass_only.exit_code, 0) << pass_only.out << pass_only.err;
    EXPECT_THAT(pass_only.out, HasSubstr("3 rules compared"));
    EXPECT_EQ(rtkconf({"diff", "--rules", "NO-SUCH-*", a, b}).exit_code, 2)
        << "globs that select nothing compare nothing";
    EXPECT_EQ(rtkconf({"diff", "--rules", "!", a, b}).exit_code, 2);
    EXPECT_EQ(rtkconf({"diff", "--content", "--rules", "SELF-*", a, b}).exit_code, 2)
        << "--content compares the rule filter itself";
    EXPECT_EQ(rtkconf({"run", "--impl", IUT_CORE_ONLY, "--plugin-dir", SELFTEST_PLUGIN_DIR,
                       "--rules", "SELF-PASS-001,!"})
                  .exit_code,
              2);
}

TEST(RunnerEndToEnd, AnObjectLeftBehindIsALeakFindingNotTheTestsFailure) {
    WorkDir work, state;
    const RtkconfRun run = rtkconf(
        {"run", "--impl", IUT_NEVER_DESTROYS, "--plugin-dir", SELFTEST_PLUGIN_DIR, "--rules",
         "SELF-LEAK-001", "--settle-ms", "300", "--report-dir", work.path().string()},
        work.path(), state.path());
    EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
    ASSERT_TRUE(run.results.is_object()) << run.out << run.err;
    auto rules = rules_by_id(run.results);
    EXPECT_EQ(rules["SELF-LEAK-001"]["status"], "pass") << rules["SELF-LEAK-001"].dump(1);
    EXPECT_EQ(rules["SHM-LEAK-001"]["status"], "fail");
    EXPECT_THAT(rules["SHM-LEAK-001"]["evidence"].dump(),
                HasSubstr("still opens as shared memory 300 ms after"));
    EXPECT_THAT(rules["SHM-LEAK-001"]["rerun"].get<std::string>(), HasSubstr("SELF-LEAK-001"));
    EXPECT_EQ(rules["SHM-LEAK-002"]["level"], "INFO");
    EXPECT_EQ(run.results["remaining_names"].size(), 1u) << run.results["remaining_names"];
    EXPECT_THAT(run.out, HasSubstr("still exists after the run"));
}

TEST(RunnerEndToEnd, AnOpenThatCreatesSwitchesTheLeakProbeOff) {
    WorkDir work;
    const RtkconfRun run =
        rtkconf({"run", "--impl", IUT_OPENS_EVERYTHING, "--plugin-dir", SELFTEST_PLUGIN_DIR,
                 "--rules", "SELF-LEAK-001", "--report-dir", work.path().string()},
                work.path());
    ASSERT_TRUE(run.results.is_object()) << run.out << run.err;
    auto rules = rules_by_id(run.results);
    EXPECT_EQ(rules["SELF-LEAK-001"]["status"], "pass");
    EXPECT_EQ(rules["SHM-LEAK-001"]["status"], "skip");
    EXPECT_THAT(rules["SHM-LEAK-001"]["evidence"].dump(), HasSubstr("never created succeeded"));
    EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
}

TEST(RunnerEndToEnd, ACrashOrHangInsideTheImplementationIsTheRulesCrashOrTimeout) {
    WorkDir work;
    const RtkconfRun run =
        rtkconf({"run", "--impl", IUT_MISBEHAVES, "--plugin-dir", SELFTEST_PLUGIN_DIR, "--rules",
                 "SELF-IUTCRASH-001,SELF-IUTHANG-001", "--timeout", "12", "--report-dir",
                 work.path().string()},
                work.path());
    EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
    ASSERT_TRUE(run.results.is_object()) << run.out << run.err;
    auto rules = rules_by_id(run.results);
    EXPECT_EQ(rules["SELF-IUTCRASH-001"]["status"], "crash") << rules["SELF-IUTCRASH-001"].dump(1);
    EXPECT_THAT(rules["SELF-IUTCRASH-001"]["evidence"].dump(),
                HasSubstr("died inside the implementation during RtkCreateSharedMemory"));
    EXPECT_EQ(rules["SELF-IUTHANG-001"]["status"], "timeout") << rules["SELF-IUTHANG-001"].dump(1);
    EXPECT_THAT(rules["SELF-IUTHANG-001"]["evidence"].dump(), HasSubstr("did not return"));
    EXPECT_EQ(run.results["summary"]["crash"], 1);
    EXPECT_EQ(run.results["summary"]["timeout"], 1);
    // The probe saw the hang too: it says why it is off rather than hang.
    EXPECT_EQ(rules["SHM-LEAK-001"]["status"], "skip");
}

TEST(RunnerEndToEnd, AHarnessErrorMakesTheRunIncompleteNotNonConformant) {
    WorkDir work;
    const RtkconfRun run =
        rtkconf({"run", "--impl", IUT_CORE_ONLY, "--plugin-dir", SELFTEST_PLUGIN_DIR, "--rules",
                 "SELF-PASS-001,SELF-HARNESS-001", "--report-dir", work.path().string()},
                work.path());
    EXPECT_EQ(run.exit_code, 2) << run.out << run.err;
    ASSERT_TRUE(run.results.is_object()) << run.out << run.err;
    EXPECT_EQ(run.results["verdict"], "incomplete");
    EXPECT_THAT(run.out, HasSubstr("verdict: incomplete"));
    EXPECT_THAT(rules_by_id(run.results)["SELF-HARNESS-001"]["evidence"].dump(),
                HasSubstr("cannot start peer"));
}

TEST(RunnerEndToEnd, DeclaredFailuresAreExpectedAndAStaleOneFailsTheRun) {
    WorkDir work;
    const auto expect = write_file(
        work.path() / "expect.json",
        R"({"expected_failures":[{"rule":"SELF-FAIL-001","reason":"known","link":"BUG-7"}]})");
    const std::vector<std::string> base{"run",
                                        "--impl",
                                        IUT_CORE_ONLY,
                                        "--plugin-dir",
                                        SELFTEST_PLUGIN_DIR,
                                        "--rules",
                                        "SELF-PASS-001,SELF-FAIL-001",
                                        "--report-dir",
                                        work.path().string(),
                                        "--expect"};
    std::vector<std::string> args = base;
    args.push_back(expect.string());
    const RtkconfRun declared = rtkconf(args, work.path());
    EXPECT_EQ(declared.exit_code, 0) << declared.out << declared.err;
    auto rules = rules_by_id(declared.results);
    EXPECT_EQ(rules["SELF-FAIL-001"]["status"], "fail");
    EXPECT_EQ(rules["SELF-FAIL-001"]["expected_failure"]["outcome"], "expected-fail");
    EXPECT_EQ(rules["SELF-FAIL-001"]["expected_failure"]["link"], "BUG-7");

    const auto stale = write_file(
        work.path() / "stale.json",
        R"({"expected_failures":[{"rule":"SELF-PASS-001","reason":"was broken once"}]})");
    args = base;
    args.push_back(stale.string());
    const RtkconfRun stale_run = rtkconf(args, work.path());
    EXPECT_EQ(stale_run.exit_code, 1) << stale_run.out << stale_run.err;
    EXPECT_EQ(rules_by_id(stale_run.results)["SELF-PASS-001"]["expected_failure"]["outcome"],
              "unexpected-pass");

    const auto unknown =
        write_file(work.path() / "unknown.json",
                   R"({"expected_failures":[{"rule":"SELF-NOSUCH-001","reason":"typo"}]})");
    args = base;
    args.push_back(unknown.string());
    EXPECT_EQ(rtkconf(args).exit_code, 2);
}

TEST(RunnerEndToEnd, RepeatFailsARuleWhenAnyRepetitionFails) {
    WorkDir work, once, thrice;
    const std::vector<std::string> base{
        "run",     "--impl",         IUT_CORE_ONLY,  "--plugin-dir",      SELFTEST_PLUGIN_DIR,
        "--rules", "SELF-FLAKY-001", "--report-dir", work.path().string()};
    const RtkconfRun single = rtkconf(base, work.path(), once.path());
    EXPECT_EQ(single.exit_code, 0) << single.out << single.err;
    std::vector<std::string> repeated = base;
    repeated.insert(repeated.end(), {"--repeat", "3"});
    const RtkconfRun run = rtkconf(repeated, work.path(), thrice.path());
    EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
    ASSERT_TRUE(run.results.is_object()) << run.out << run.err;
    EXPECT_EQ(rules_by_id(run.results)["SELF-FLAKY-001"]["status"], "fail");
}

TEST(RunnerEndToEnd, MergeRefusesTheSameRunTwice) {
    WorkDir work;
    const RtkconfRun run =
        rtkconf({"run", "--impl", IUT_CORE_ONLY, "--plugin-dir", SELFTEST_PLUGIN_DIR, "--rules",
                 "SELF-PASS-001", "--report-dir", work.path().string()},
                work.path());
    ASSERT_EQ(run.exit_code, 0) << run.out << run.err;
    const auto results = (work.path() / "results.json").string();
    const auto copy = work.path() / "copy.json";
    std::filesystem::copy_file(results, copy);
    const auto out = (work.path() / "matrix.html").string();
    const RtkconfRun twice = rtkconf({"report", "--merge", results, results, "-o", out});
    EXPECT_EQ(twice.exit_code, 2);
    EXPECT_THAT(twice.err, HasSubstr("give each run once"));
    EXPECT_EQ(rtkconf({"report", "--merge", results, copy.string(), "-o", out}).exit_code, 2)
        << "a copy of the same results is the same run";
    EXPECT_EQ(rtkconf({"report", "--merge", results, "-o", out}).exit_code, 0);
}

TEST(RunnerEndToEnd, ShardsMergeIntoTheUnshardedRunsResults) {
    WorkDir whole, merged, state;
    const std::vector<std::string> base{
        "run",
        "--impl",
        IUT_NEVER_DESTROYS,
        "--plugin-dir",
        SELFTEST_PLUGIN_DIR,
        "--rules",
        "SELF-PASS-001,SELF-FAIL-001,SELF-SHOULD-001,SELF-INFO-001,SELF-LEAK-001,SELF-SKIP-001",
        "--settle-ms",
        "300"};
    std::vector<std::string> args = base;
    args.insert(args.end(), {"--report-dir", whole.path().string()});
    const RtkconfRun unsharded = rtkconf(args, whole.path(), state.path());
    ASSERT_TRUE(unsharded.results.is_object()) << unsharded.out << unsharded.err;
    EXPECT_EQ(unsharded.exit_code, 1) << unsharded.out << unsharded.err;

    std::vector<WorkDir> shard_dirs(2);
    std::vector<std::string> merge{"report", "--merge"};
    for (std::size_t k = 0; k < shard_dirs.size(); ++k) {
        args = base;
        args.insert(args.end(), {"--shard", std::to_string(k + 1) + "/2", "--report-dir",
                                 shard_dirs[k].path().string()});
        const RtkconfRun shard = rtkconf(args, shard_dirs[k].path(), state.path());
        ASSERT_TRUE(shard.results.is_object()) << shard.out << shard.err;
        EXPECT_EQ(shard.results["shard"]["index"], k + 1);
        EXPECT_EQ(shard.results["rules"].size(), 3u + 2u) << "three of six, and the leak rules";
        merge.push_back((shard_dirs[k].path() / "results.json").string());
    }
    merge.insert(merge.end(), {"--report-dir", merged.path().string()});
    const RtkconfRun joined = rtkconf(merge, merged.path());
    EXPECT_EQ(joined.exit_code, unsharded.exit_code) << joined.out << joined.err;
    ASSERT_TRUE(joined.results.is_object()) << joined.out << joined.err;
    EXPECT_FALSE(joined.results.contains("shard"));
    EXPECT_TRUE(std::filesystem::exists(merged.path() / "junit.xml"));
    EXPECT_TRUE(std::filesystem::exists(merged.path() / "report.html"));
    EXPECT_EQ(rules_by_id(joined.results)["SHM-LEAK-001"]["status"], "fail");

    const RtkconfRun same = rtkconf({"diff", "--content", (whole.path() / "results.json").string(),
                                     (merged.path() / "results.json").string()});
    EXPECT_EQ(same.exit_code, 0) << same.out << same.err;
    const RtkconfRun one_shard =
        rtkconf({"diff", "--content", (whole.path() / "results.json").string(),
                 (shard_dirs[0].path() / "results.json").string()});
    EXPECT_EQ(one_shard.exit_code, 1) << "one shard is not the run";
    EXPECT_THAT(one_shard.out, HasSubstr("shard: only in the second"));
}

TEST(RunnerEndToEnd, MissingCoreExportIsAUsageError) {
    const RtkconfRun run =
        rtkconf({"run", "--impl", PLUGIN_GOOD, "--plugin-dir", SELFTEST_PLUGIN_DIR});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("RtkRtssAttach"));
}

TEST(RunnerEndToEnd, UsageErrorsExitTwo) {
    EXPECT_EQ(rtkconf({"run"}).exit_code, 2);
    EXPECT_EQ(rtkconf({"run", "--impl", IUT_CORE_ONLY, "--profile", "sloppy"}).exit_code, 2);
    EXPECT_EQ(rtkconf({"run", "--impl", IUT_CORE_ONLY, "--plugin-dir", SELFTEST_PLUGIN_DIR,
                       "--rules", "NOTHING-*"})
                  .exit_code,
              2);
    EXPECT_EQ(rtkconf({"bogus"}).exit_code, 2);
    for (const char *bad : {"0/3", "4/3", "3", "1/0", "x/y"}) {
        const RtkconfRun run = rtkconf({"run", "--impl", IUT_CORE_ONLY, "--shard", bad});
        EXPECT_EQ(run.exit_code, 2) << bad;
        EXPECT_THAT(run.err, HasSubstr("--shard: expected K/N")) << bad;
    }
    EXPECT_EQ(rtkconf({"report", "--merge", RTKCONF_EXE}).exit_code, 2)
        << "neither -o nor --report-dir";
}

TEST(RunnerEndToEnd, ListRulesComesFromThePlugins) {
    const RtkconfRun run =
        rtkconf({"list-rules", "--format", "json", "--plugin-dir", SELFTEST_PLUGIN_DIR});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const auto doc = nlohmann::json::parse(run.out);
    // The selftest plugin's 13 rules, and the runner's own two leak rules.
    EXPECT_EQ(doc["rules"].size(), 15u);
    EXPECT_EQ(doc["rules"][0]["id"], "SELF-CRASH-001");
    EXPECT_NE(run.out.find("\"SHM-LEAK-001\""), std::string::npos);
}

}  // namespace
}  // namespace rtkconf::runner
