// The pieces that keep a verdict defensible: faults become crash, timeout
// or error (never the rule's fail), leaks are their own finding, declared
// failures behave as todo_wine does, and assertion text reads as
// "expected / got". (How the verdict follows from the rules is the results
// model's: conformance/results/tests/verdict_test.cpp.)
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <vector>

#include "evidence_listener.h"
#include "expected_failures.h"
#include "fault_status.h"
#include "leak_rules.h"
#include "rtkconf/results/model.h"
#include "rtkconf/plugin_abi.h"

namespace rtkconf::runner {
namespace {

FaultRecord fault(uint32_t kind) {
    return {kind, "peer 2", "RtkOpenSharedMemory(...)", "no answer"};
}

TEST(Faults, ACrashInsideTheImplementationIsTheRulesCrashWhateverTheAssertionsSaid) {
    std::vector<std::string> messages;
    EXPECT_EQ(apply_faults(Status::fail, {fault(RTKCONF_FAULT_CRASH)}, messages), Status::crash);
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages[0].rfind("crash: peer 2 died inside the implementation during "
                                "RtkOpenSharedMemory(...)",
                                0),
              0u)
        << messages[0];
}

TEST(Faults, AHangIsATimeoutAndAStartFailureIsAHarnessError) {
    std::vector<std::string> messages;
    EXPECT_EQ(apply_faults(Status::pass, {fault(RTKCONF_FAULT_HANG)}, messages), Status::timeout);
    EXPECT_EQ(apply_faults(Status::fail, {fault(RTKCONF_FAULT_HARNESS)}, messages), Status::error);
    EXPECT_NE(messages.back().find("not the implementation's fault"), std::string::npos);
}

TEST(Faults, TheWorstFaultWinsAndNoFaultChangesNothing) {
    std::vector<std::string> messages;
    EXPECT_EQ(apply_faults(Status::fail,
                           {fault(RTKCONF_FAULT_HARNESS), fault(RTKCONF_FAULT_CRASH),
                            fault(RTKCONF_FAULT_HANG)},
                           messages),
              Status::crash);
    EXPECT_EQ(messages.size(), 3u);
    std::vector<std::string> none;
    EXPECT_EQ(apply_faults(Status::fail, {}, none), Status::fail);
    EXPECT_TRUE(none.empty());
}

results::Rule rule(const std::string &id, Level level, Status status) {
    results::Rule r;
    r.id = id;
    r.level = level;
    r.status = status;
    r.counts_for_verdict = results::counts_for_verdict(level, results::Profile::strict);
    return r;
}

std::filesystem::path write_temp(const std::string &name, const std::string &text) {
    const auto path = std::filesystem::temp_directory_path() / name;
    std::ofstream(path) << text;
    return path;
}

TEST(ExpectedFailures, ADeclaredFailureDoesNotFailTheVerdictAndAPassingOneDoes) {
    std::vector<results::Rule> rules{rule("SHM-A-001", Level::must, Status::fail),
                                     rule("SHM-B-001", Level::must, Status::pass),
                                     rule("SHM-C-001", Level::must, Status::pass)};
    const auto unknown = apply_expected_failures(
        rules, {{"SHM-A-001", "known bug", "BUG-1"}, {"SHM-Z-009", "typo", ""}});
    EXPECT_EQ(unknown, std::vector<std::string>{"SHM-Z-009"});
    ASSERT_TRUE(rules[0].expected_failure);
    EXPECT_EQ(rules[0].expected_failure->outcome, results::Outcome::expected_fail);
    EXPECT_EQ(rules[0].expected_failure->link, "BUG-1");
    EXPECT_EQ(results::verdict_of(rules), results::Verdict::conformant);

    apply_expected_failures(rules, {{"SHM-B-001", "said to fail, but passes", ""}});
    EXPECT_EQ(rules[1].expected_failure->outcome, results::Outcome::unexpected_pass);
    EXPECT_EQ(results::verdict_of(rules), results::Verdict::not_conformant);
}

TEST(ExpectedFailures, AStaleDeclarationFailsTheRunEvenForAnInfoRule) {
    std::vector<results::Rule> rules{rule("SHM-I-001", Level::info, Status::pass)};
    apply_expected_failures(rules, {{"SHM-I-001", "stale", ""}});
    EXPECT_EQ(results::verdict_of(rules), results::Verdict::not_conformant);
}

TEST(ExpectedFailures, TheFileNeedsARuleAndAReasonForEachEntry) {
    std::string error;
    const auto good = load_expected_failures(
        write_temp("rtkconf-expect-good.json",
                   R"({"expected_failures":[{"rule":"SHM-A-001","reason":"r","link":"L"}]})"),
        error);
    ASSERT_TRUE(good) << error;
    ASSERT_EQ(good->size(), 1u);
    EXPECT_EQ((*good)[0].reason, "r");
    EXPECT_FALSE(load_expected_failures(
        write_temp("rtkconf-expect-noreason.json", R"({"expected_failures":[{"rule":"X"}]})"),
        error));
    EXPECT_NE(error.find("expected_failures[0]"), std::string::npos) << error;
    EXPECT_FALSE(load_expected_failures(write_temp("rtkconf-expect-bad.json", "{"), error));
    EXPECT_FALSE(load_expected_failures("/nonexistent/expect.json", error));
}

TestResult test_with_leak(const std::string &name, Status leak, int64_t cleanup_ms, bool late) {
    TestResult t;
    t.rule_id = "SHM-X-001";
    t.test = name;
    t.status = Status::pass;
    t.leak.status = leak;
    t.leak.cleanup_ms = cleanup_ms;
    t.leak.present_at_first_look = late;
    if (leak == Status::fail) t.leak.messages.push_back("leak: \"n\" still opens as mutex");
    return t;
}

TEST(LeakRules, ALeakIsTheLeakRulesFindingNotTheTestsRule) {
    const std::vector<TestResult> tests{
        test_with_leak("SHM_X_001.Clean", Status::pass, 3, false),
        test_with_leak("SHM_X_001.Leaky", Status::fail, -1, true),
        test_with_leak("SHM_X_001.NothingCreated", Status::skip, -1, false)};
    const auto rules = fold_leak_rules(tests, {}, "", Profile::strict);
    ASSERT_EQ(rules.size(), 2u);
    EXPECT_EQ(rules[0].id, "SHM-LEAK-001");
    EXPECT_EQ(rules[0].level, Level::should);
    EXPECT_EQ(rules[0].status, Status::fail);
    ASSERT_EQ(rules[0].tests.size(), 2u) << "a test that created nothing is not a leak check";
    EXPECT_EQ(rules[0].tests[1].name, "SHM_X_001.Leaky");
    EXPECT_EQ(rules[1].level, Level::info);
    EXPECT_EQ(rules[1].status, Status::pass);
    EXPECT_NE(rules[1].observed.find("in 1"), std::string::npos) << rules[1].observed;
    EXPECT_EQ(tests[1].status, Status::pass) << "the test's own rule keeps its own verdict";
}

TEST(LeakRules, AnUnusableProbeSaysWhyInsteadOfGuessing) {
    const std::vector<TestResult> tests{test_with_leak("SHM_X_001.A", Status::pass, 1, false)};
    const auto rules =
        fold_leak_rules(tests, {}, "an open of a name never created succeeded", Profile::strict);
    EXPECT_EQ(rules[0].status, Status::skip);
    ASSERT_FALSE(rules[0].evidence.empty());
    EXPECT_NE(rules[0].evidence[0].find("never created succeeded"), std::string::npos);
}

TEST(PlainEvidence, AnAssertionThatExplainsItselfLosesGoogleTestsFrame) {
    EXPECT_EQ(plain_evidence("Value of: Failed(r)\n  Actual: false (expected an error status, got "
                             "STATUS_SUCCESS (0x00000000))\nExpected: true\nrow 3 (space)"),
              "row 3 (space): expected an error status, got STATUS_SUCCESS (0x00000000)");
    EXPECT_EQ(plain_evidence("Value of: StepOk(r)\n  Actual: false (check failed: byte 7)\n"
                             "Expected: true"),
              "check failed: byte 7");
    const std::string other = "Expected equality of these values:\n  a\n  b";
    EXPECT_EQ(plain_evidence(other), other);
}

}  // namespace
}  // namespace rtkconf::runner
