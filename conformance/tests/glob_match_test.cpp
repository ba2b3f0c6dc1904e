// --rules selection.
#include <gtest/gtest.h>

#include <string>

#include "glob_match.h"

namespace rtkconf::runner {
namespace {

struct GlobRow {
    const char *pattern, *text;
    bool match;
};

const GlobRow kRows[] = {
    {"SHM-SIZE-001", "SHM-SIZE-001", true},
    {"SHM-SIZE-001", "SHM-SIZE-0011", false},
    {"SHM-SIZE-*", "SHM-SIZE-001", true},
    {"SHM-SIZE-*", "SHM-NAME-001", false},
    {"*", "", true},
    {"", "", true},
    {"", "X", false},
    {"SHM-*-00?", "SHM-HANDLE-007", true},
    {"SHM-*-00?", "SHM-HANDLE-010", false},
    {"*-001", "SHM-PARAM-001", true},
    {"S*E*1", "SHM-SIZE-001", true},
    {"**-SIZE-**", "SHM-SIZE-001", true},
    {"?", "", false},
    {"shm-size-001", "SHM-SIZE-001", false},
    {"*a*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false},
};

TEST(GlobMatch, Table) {
    for (std::size_t i = 0; i < std::size(kRows); ++i)
        EXPECT_EQ(glob_match(kRows[i].pattern, kRows[i].text), kRows[i].match)
            << "row " << i << ": '" << kRows[i].pattern << "' vs '" << kRows[i].text << "'";
}

TEST(GlobMatch, CommaSeparatedList) {
    EXPECT_TRUE(matches_any("SHM-NAME-*,SHM-SIZE-00?", "SHM-SIZE-004"));
    EXPECT_TRUE(matches_any("SHM-NAME-*,SHM-SIZE-00?", "SHM-NAME-123"));
    EXPECT_FALSE(matches_any("SHM-NAME-*,SHM-SIZE-00?", "SHM-HANDLE-001"));
    EXPECT_FALSE(matches_any(",", "SHM-HANDLE-001"));
}

TEST(GlobMatch, BangLeavesRulesOut) {
    // Only exclusions: every other rule.
    EXPECT_FALSE(matches_any("!SHM-CAP-*", "SHM-CAP-001"));
    EXPECT_TRUE(matches_any("!SHM-CAP-*", "SHM-CONC-001"));
    EXPECT_FALSE(matches_any("!SHM-CONC-001,!SHM-CAP-001", "SHM-CAP-001"));
    // Beside a selection: the selection minus the exclusions, in any order.
    EXPECT_TRUE(matches_any("SHM-CONC-*,!SHM-CONC-001", "SHM-CONC-002"));
    EXPECT_FALSE(matches_any("SHM-CONC-*,!SHM-CONC-001", "SHM-CONC-001"));
    EXPECT_FALSE(matches_any("!SHM-CONC-001,SHM-CONC-*", "SHM-CONC-001"));
    EXPECT_FALSE(matches_any("SHM-CONC-*,!SHM-CONC-001", "SHM-NAME-001"));
    // An exclusion wins over a selection that names the rule exactly.
    EXPECT_FALSE(matches_any("SHM-CAP-001,!SHM-CAP-*", "SHM-CAP-001"));
    // A '!' inside a glob is an ordinary character, not an exclusion.
    EXPECT_TRUE(matches_any("SHM-CAP-*,SHM-!*", "SHM-CAP-001"));
    EXPECT_TRUE(matches_any("SHM-!*", "SHM-!X"));
    // Spaces around a glob are not part of it.
    EXPECT_FALSE(matches_any("SHM-CONC-*, !SHM-CONC-001", "SHM-CONC-001"));
    EXPECT_TRUE(matches_any("SHM-CONC-*, ! SHM-CONC-001 ", "SHM-CONC-002"));
    EXPECT_TRUE(matches_any(" SHM-CONC-001 ", "SHM-CONC-001"));
}

TEST(GlobMatch, AnExclusionWithoutAGlobIsRefused) {
    EXPECT_NE(glob_list_problem("!"), "");
    EXPECT_NE(glob_list_problem("SHM-CAP-*,! ,"), "");
    EXPECT_EQ(glob_list_problem("SHM-CAP-*,!SHM-CAP-001"), "");
    EXPECT_EQ(glob_list_problem(""), "");
    EXPECT_EQ(glob_list_problem(","), "") << "selects nothing: run says so itself";
}

TEST(GlobMatch, EmptyListSelectsEverything) {
    EXPECT_TRUE(matches_any("", "SHM-HANDLE-001"));
}

}  // namespace
}  // namespace rtkconf::runner
