// diff: rule-status changes between two runs, and their text rendering.
#include <gtest/gtest.h>

#include "rtkconf/report.h"
#include "test_support.h"

namespace rtkconf::report {
namespace {

using namespace testing;
using results::Results;
using Kind = RuleChange::Kind;

TEST(Diff, SameRunHasNoChangeAndExitsZero) {
    const Results doc = load_sample("reference_linux.json");
    const ResultsDiff d = diff(doc, doc);
    EXPECT_FALSE(d.has_changes());
    EXPECT_EQ(d.unchanged, 9);
    EXPECT_EQ(diff_exit_code(d), 0);
    EXPECT_NE(render_diff_text(d).find("no rule changed status (9 rules compared)"),
              std::string::npos);
}

TEST(Diff, ListsChangedAddedAndRemovedRulesByID) {
    const ResultsDiff d =
        diff(load_sample("reference_linux.json"), load_sample("mutant_linux.json"));
    struct Expected {
        Kind kind;
        const char *id;
        const char *before;
        const char *after;
    };
    const Expected expected[] = {
        {Kind::removed, "SHM-INFO-002", "pass", ""},
        {Kind::changed, "SHM-NAME-004", "pass", "fail"},
        {Kind::changed, "SHM-NAME-006", "pass", "fail"},
        {Kind::changed, "SHM-NS-003", "pass", "timeout"},
        {Kind::added, "SHM-OPEN-003", "", "pass"},
        {Kind::changed, "SHM-SHARE-001", "pass", "crash"},
        {Kind::changed, "SHM-SIZE-002", "pass", "error"},
    };
    ASSERT_EQ(d.changes.size(), std::size(expected));
    for (std::size_t i = 0; i < std::size(expected); ++i) {
        EXPECT_EQ(d.changes[i].kind, expected[i].kind) << "row " << i;
        EXPECT_EQ(d.changes[i].id, expected[i].id) << "row " << i;
        EXPECT_EQ(d.changes[i].before, expected[i].before) << "row " << i;
        EXPECT_EQ(d.changes[i].after, expected[i].after) << "row " << i;
    }
    EXPECT_EQ(d.unchanged, 3);
    EXPECT_EQ(d.before_verdict, "conformant");
    EXPECT_EQ(d.after_verdict, "not-conformant");
    EXPECT_EQ(diff_exit_code(d), 1);
}

TEST(Diff, TextNamesBothStatuses) {
    const std::string text = render_diff_text(
        diff(load_sample("reference_linux.json"), load_sample("mutant_linux.json")));
    EXPECT_NE(text.find("before: librtkref.so (linux-x86_64), conformant, profile strict\n"),
              std::string::npos)
        << text;
    EXPECT_NE(
        text.find("after:  rtkmut_shm_name_004 (linux-x86_64), not-conformant, profile strict\n"),
        std::string::npos)
        << text;
    EXPECT_NE(text.find("changed  SHM-SHARE-001  pass -> crash"), std::string::npos) << text;
    EXPECT_NE(text.find("removed  SHM-INFO-002   pass -> (absent)"), std::string::npos) << text;
    EXPECT_NE(text.find("added    SHM-OPEN-003   (absent) -> pass"), std::string::npos) << text;
    EXPECT_NE(text.find("7 rule(s) changed status: 5 changed, 1 added, 1 removed; 3 unchanged"),
              std::string::npos)
        << text;
}

TEST(Diff, EmptyDocumentsHaveNothingToCompare) {
    const ResultsDiff d = diff(Results{}, Results{});
    EXPECT_FALSE(d.has_changes());
    EXPECT_EQ(d.unchanged, 0);
    EXPECT_NE(render_diff_text(d).find("no rule changed status (0 rules compared)"),
              std::string::npos);
}

TEST(ContentDiff, TheSameRunAgreesWithItselfWhateverItsTimingsPathsAndProcesses) {
    const Results original = load_sample("mutant_linux.json");
    Results again = original;
    again.started = "2030-01-01T00:00:00Z";
    again.duration_ms += 999;
    again.implementation.path = "/elsewhere/" + again.implementation.label;
    again.remaining_names = {"\"rtkconf.77.beef.t1\" (mutex)"};
    again.plugins[0].path = "/other/machine/" + again.plugins[0].path.substr(
                                                    again.plugins[0].path.find_last_of('/') + 1);
    for (auto &rule : again.rules) {
        rule.duration_ms += 5;
        rule.rerun = "'/other/rtkconf' run --rules '" + rule.id + "'";
        rule.observed += " (another address)";
        rule.evidence.push_back("round 2 (close sent 7 ms after the create)");
        for (auto &test : rule.tests) {
            test.duration_ms += 1;
            test.messages.push_back("pid 4242");
            test.calls.clear();
        }
    }
    EXPECT_TRUE(content_differences(original, again).empty());
}

struct ContentCase {
    void (*change)(Results &);
    const char *difference;
};

TEST(ContentDiff, NamesEachFieldThatDiffers) {
    const ContentCase cases[] = {
        {[](Results &r) { r.rules[1].status = results::Status::pass; },
         "rules[SHM-NAME-004].status: \"fail\" vs \"pass\""},
        {[](Results &r) { r.rules[0].tests[0].status = results::Status::skip; },
         "rules[SHM-NAME-001].tests[0].status: \"pass\" vs \"skip\""},
        {[](Results &r) { r.rules[0].tests.push_back(r.rules[0].tests[0]); },
         "rules[SHM-NAME-001].tests: 1 items vs 2"},
        {[](Results &r) { r.rules.pop_back(); }, "rules[SHM-OPEN-003]: only in the first"},
        {[](Results &r) { std::swap(r.rules[0], r.rules[1]); },
         "rules: the same rules in a different order"},
        {[](Results &r) { r.verdict = results::Verdict::conformant; },
         "verdict: \"not-conformant\" vs \"conformant\""},
        {[](Results &r) { r.implementation.sha256 = "00"; }, "implementation.sha256: "},
        {[](Results &r) { r.plugins[0].path = "/opt/rtkconf/lib/librtkconf-other.so"; },
         "plugins[0].path: \"librtkconf-names.so\" vs \"librtkconf-other.so\""},
        {[](Results &r) {
             r.shard = results::Shard{1, 2};
         },
         "shard: only in the second"},
        {[](Results &r) { r.rules[0].fixtures.push_back("rtkmut_x"); },
         "rules[SHM-NAME-001].fixtures: 0 items vs 1"},
    };
    const Results original = load_sample("mutant_linux.json");
    for (std::size_t i = 0; i < std::size(cases); ++i) {
        Results changed = original;
        cases[i].change(changed);
        const auto differences = content_differences(original, changed);
        ASSERT_FALSE(differences.empty()) << "row " << i << ": no difference found";
        EXPECT_EQ(differences[0].rfind(cases[i].difference, 0), 0u)
            << "row " << i << ": got \"" << differences[0] << "\"";
    }
}

}  // namespace
}  // namespace rtkconf::report
