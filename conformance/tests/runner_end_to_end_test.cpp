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

#include <boost/process.hpp>
#include <nlohmann/json.hpp>

#include "work_dir.h"

namespace bp = boost::process;

namespace rtkconf::runner {
namespace {

using ::testing::HasSubstr;

struct RtkconfRun {
    int exit_code = -1;
    std::string out, err;
    nlohmann::json results;
};

RtkconfRun rtkconf(const std::vector<std::string> &args,
                   const std::filesystem::path &report_dir = {}) {
    RtkconfRun run;
    bp::ipstream out, err;
    bp::child child(bp::exe = RTKCONF_EXE, bp::args = args, bp::std_out > out, bp::std_err > err);
    std::string line;
    while (std::getline(out, line)) run.out += line + "\n";
    while (std::getline(err, line)) run.err += line + "\n";
    child.wait();
    run.exit_code = child.exit_code();
    if (!report_dir.empty()) {
        std::ifstream in(report_dir / "results.json");
        run.results = nlohmann::json::parse(in, nullptr, false);
    }
    return run;
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
                 "--report-dir", work.path().string(), "--timeout", "3", "--jobs", "2"},
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
    // This implementation cannot even attach: the leak probe cannot vouch.
    EXPECT_EQ(rules["SELF-LEAK-001"]["status"], "error");
    EXPECT_THAT(rules["SELF-LEAK-001"]["evidence"].dump(), HasSubstr("leak probe"));
    EXPECT_THAT(run.out, HasSubstr("SELF-PASS-001 pass"));
    EXPECT_THAT(run.out, HasSubstr("report: "));
    EXPECT_LT(run.results["duration_ms"].get<int>(), 20000)
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
    EXPECT_EQ(strict_run.results["rules"].size(), 3u);
    const RtkconfRun lenient_run = rtkconf(lenient, work.path());
    EXPECT_EQ(lenient_run.exit_code, 0) << lenient_run.out << lenient_run.err;
    EXPECT_EQ(lenient_run.results["verdict"], "conformant");
}

TEST(RunnerEndToEnd, NameThatStillOpensAfterTheTestIsALeak) {
    WorkDir work;
    const RtkconfRun run =
        rtkconf({"run", "--impl", IUT_OPENS_EVERYTHING, "--plugin-dir", SELFTEST_PLUGIN_DIR,
                 "--rules", "SELF-LEAK-001", "--report-dir", work.path().string()},
                work.path());
    EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
    ASSERT_TRUE(run.results.is_object()) << run.out << run.err;
    auto rules = rules_by_id(run.results);
    EXPECT_EQ(rules["SELF-LEAK-001"]["status"], "fail");
    EXPECT_THAT(rules["SELF-LEAK-001"]["evidence"].dump(),
                HasSubstr("still opens as shared memory"));
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
}

TEST(RunnerEndToEnd, ListRulesComesFromThePlugins) {
    const RtkconfRun run =
        rtkconf({"list-rules", "--format", "json", "--plugin-dir", SELFTEST_PLUGIN_DIR});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const auto doc = nlohmann::json::parse(run.out);
    EXPECT_EQ(doc["rules"].size(), 9u);
    EXPECT_EQ(doc["rules"][0]["id"], "SELF-CRASH-001");
}

}  // namespace
}  // namespace rtkconf::runner
