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

// Every row of `rows` through `matcher`, each failure naming its row.
template <std::size_t N, typename Matcher>
void expect_rows(const GlobRow (&rows)[N], Matcher matcher) {
    for (std::size_t i = 0; i < N; ++i)
        EXPECT_EQ(matcher(rows[i].pattern, rows[i].text), rows[i].match)
            << "row " << i << ": '" << rows[i].pattern << "' vs '" << rows[i].text << "'";
}

TEST(GlobMatch, Table) {
    expect_rows(kRows, glob_match);
}

TEST(GlobMatch, CommaSeparatedList) {
    EXPECT_TRUE(matches_any("SHM-NAME-*,SHM-SIZE-00?", "SHM-SIZE-004"));
    EXPECT_TRUE(matches_any("SHM-NAME-*,SHM-SIZE-00?", "SHM-NAME-123"));
    EXPECT_FALSE(matches_any("SHM-NAME-*,SHM-SIZE-00?", "SHM-HANDLE-001"));
    EXPECT_FALSE(matches_any(",", "SHM-HANDLE-001"));
}

// --rules lists with '!': (patterns, rule ID, selected).
const GlobRow kListRows[] = {
    // Only exclusions: every other rule.
    {"!SHM-CAP-*", "SHM-CAP-001", false},
    {"!SHM-CAP-*", "SHM-CONC-001", true},
    {"!SHM-CONC-001,!SHM-CAP-001", "SHM-CAP-001", false},
    // Beside a selection: the selection minus the exclusions, in any order.
    {"SHM-CONC-*,!SHM-CONC-001", "SHM-CONC-002", true},
    {"SHM-CONC-*,!SHM-CONC-001", "SHM-CONC-001", false},
    {"!SHM-CONC-001,SHM-CONC-*", "SHM-CONC-001", false},
    {"SHM-CONC-*,!SHM-CONC-001", "SHM-NAME-001", false},
    // An exclusion wins over a selection that names the rule exactly.
    {"SHM-CAP-001,!SHM-CAP-*", "SHM-CAP-001", false},
    // A '!' inside a glob is an ordinary character, not an exclusion.
    {"SHM-CAP-*,SHM-!*", "SHM-CAP-001", true},
    {"SHM-!*", "SHM-!X", true},
    // Spaces around a glob are not part of it.
    {"SHM-CONC-*, !SHM-CONC-001", "SHM-CONC-001", false},
    {"SHM-CONC-*, ! SHM-CONC-001 ", "SHM-CONC-002", true},
    {" SHM-CONC-001 ", "SHM-CONC-001", true},
};

TEST(GlobMatch, BangLeavesRulesOut) {
    expect_rows(kListRows, matches_any);
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
