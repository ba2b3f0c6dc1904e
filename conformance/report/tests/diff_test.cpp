// diff: rule-status changes between two runs, and their text rendering.
#include <gtest/gtest.h>

#include "rtkconf/report.h"
#include "test_support.h"

namespace rtkconf::report {
namespace {

using namespace testing;
using nlohmann::json;
using Kind = RuleChange::Kind;

TEST(Diff, SameRunHasNoChangeAndExitsZero) {
    const json doc = load_sample("reference_linux.json");
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

TEST(Diff, MalformedDocumentsCompareWithoutThrowing) {
    ResultsDiff d;
    ASSERT_NO_THROW(d = diff(json(), json::array()));
    EXPECT_FALSE(d.has_changes());
    ASSERT_NO_THROW(
        d = diff(json{{"rules", {{{"id", "A"}, {"status", 1}}}}}, json{{"rules", "none"}}));
    ASSERT_EQ(d.changes.size(), 1u);
    EXPECT_EQ(d.changes[0].kind, Kind::removed);
    EXPECT_EQ(d.changes[0].before, "1");
    EXPECT_NO_THROW(render_diff_text(d));
}

}  // namespace
}  // namespace rtkconf::report
