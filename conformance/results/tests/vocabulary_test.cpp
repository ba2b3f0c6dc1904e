// The words of a results document: every value has one spelling, read
// back to itself; the worst-of order; which levels count under which
// profile; what a declared failure's outcome is for each status.
#include <gtest/gtest.h>

#include "rtkconf/results/vocabulary.h"

namespace rtkconf::results {
namespace {

template <typename E, std::size_t N, typename Parse>
void expect_round_trip(const std::array<E, N> &all, Parse parse) {
    for (std::size_t i = 0; i < N; ++i) {
        EXPECT_FALSE(to_string(all[i]).empty()) << "row " << i;
        EXPECT_EQ(parse(to_string(all[i])), all[i]) << "row " << i << ": " << to_string(all[i]);
    }
    EXPECT_FALSE(parse("").has_value());
}

TEST(Vocabulary, EverySpellingReadsBackToItsValue) {
    expect_round_trip(kAllStatuses, parse_status);
    expect_round_trip(kAllLevels, parse_level);
    expect_round_trip(kAllProfiles, parse_profile);
    expect_round_trip(kAllVerdicts, parse_verdict);
    expect_round_trip(kAllOutcomes, parse_outcome);
    EXPECT_FALSE(parse_status("passed").has_value());
    EXPECT_FALSE(parse_level("must").has_value()) << "levels are upper case";
    EXPECT_FALSE(parse_profile("Strict").has_value());
    EXPECT_EQ(to_string(Verdict::not_conformant), "not-conformant");
    EXPECT_EQ(to_string(Outcome::unexpected_pass), "unexpected-pass");
}

TEST(Vocabulary, StatusesAreListedInTheSchemaOrder) {
    const char *order[] = {"pass", "fail", "skip", "crash", "timeout", "error", "n/a"};
    ASSERT_EQ(std::size(order), kAllStatuses.size());
    for (std::size_t i = 0; i < kAllStatuses.size(); ++i)
        EXPECT_EQ(to_string(kAllStatuses[i]), order[i]) << "row " << i;
}

TEST(Vocabulary, WorstOfFollowsTheSchemaOrder) {
    // crash > timeout > error > fail > pass > skip > n/a
    const std::vector<Status> order{Status::not_applicable, Status::skip,  Status::pass,
                                    Status::fail,           Status::error, Status::timeout,
                                    Status::crash};
    for (std::size_t i = 0; i < order.size(); ++i)
        for (std::size_t j = 0; j < order.size(); ++j) {
            const std::vector<Status> pair{order[i], order[j]};
            EXPECT_EQ(worst_of(pair), order[std::max(i, j)]) << "row " << i << "," << j;
        }
    EXPECT_EQ(worst_of({}), Status::skip) << "a rule with no test run is skip";
    const std::vector<Status> some{Status::skip, Status::pass, Status::skip};
    EXPECT_EQ(worst_of(some), Status::pass);
}

TEST(Vocabulary, WhichLevelsCountUnderWhichProfile) {
    struct Row {
        Level level;
        Profile profile;
        bool counts;
    };
    const Row rows[] = {
        {Level::must, Profile::strict, true},   {Level::must, Profile::lenient, true},
        {Level::should, Profile::strict, true}, {Level::should, Profile::lenient, false},
        {Level::info, Profile::strict, false},  {Level::info, Profile::lenient, false},
    };
    for (std::size_t i = 0; i < std::size(rows); ++i)
        EXPECT_EQ(counts_for_verdict(rows[i].level, rows[i].profile), rows[i].counts)
            << "row " << i;
}

TEST(Vocabulary, ADeclaredFailureIsJudgedByTheRulesStatus) {
    const std::pair<Status, Outcome> rows[] = {
        {Status::fail, Outcome::expected_fail},    {Status::crash, Outcome::expected_fail},
        {Status::timeout, Outcome::expected_fail}, {Status::pass, Outcome::unexpected_pass},
        {Status::skip, Outcome::not_judged},       {Status::error, Outcome::not_judged}};
    for (std::size_t i = 0; i < std::size(rows); ++i)
        EXPECT_EQ(outcome_for(rows[i].first), rows[i].second) << "row " << i;
}

}  // namespace
}  // namespace rtkconf::results
