// The verdict a run's rules support, and the status a reader compares.
#include <gtest/gtest.h>

#include "rtkconf/results/model.h"

namespace rtkconf::results {
namespace {

Rule rule(Level level, Status status, Profile profile = Profile::strict) {
    Rule r;
    r.id = "SHM-X-001";
    r.level = level;
    r.status = status;
    r.counts_for_verdict = counts_for_verdict(level, profile);
    return r;
}

TEST(Verdict, AFailingShouldBreaksStrictOnly) {
    for (const Profile p : kAllProfiles) {
        const std::vector<Rule> rules{rule(Level::must, Status::pass, p),
                                      rule(Level::should, Status::fail, p)};
        EXPECT_EQ(verdict_of(rules),
                  p == Profile::strict ? Verdict::not_conformant : Verdict::conformant)
            << to_string(p);
    }
}

TEST(Verdict, InfoNeverCountsAndSkipsDoNotBreakConformance) {
    const std::vector<Rule> rules{rule(Level::must, Status::skip), rule(Level::info, Status::crash),
                                  rule(Level::should, Status::pass)};
    EXPECT_EQ(verdict_of(rules), Verdict::conformant);
    EXPECT_EQ(verdict_of({}), Verdict::conformant);
}

TEST(Verdict, ErrorsAloneMakeARunIncompleteAndARealFailureWins) {
    std::vector<Rule> rules{rule(Level::must, Status::pass), rule(Level::must, Status::error)};
    EXPECT_EQ(verdict_of(rules), Verdict::incomplete);
    rules.push_back(rule(Level::should, Status::timeout));
    EXPECT_EQ(verdict_of(rules), Verdict::not_conformant);
    for (const Status s : {Status::fail, Status::crash, Status::timeout}) {
        const std::vector<Rule> one{rule(Level::must, s, Profile::lenient)};
        EXPECT_EQ(verdict_of(one), Verdict::not_conformant) << to_string(s);
    }
}

TEST(Verdict, DeclaredFailuresCountAsTheVendorSaidAndAStaleOneFails) {
    Rule declared = rule(Level::must, Status::fail);
    declared.expected_failure = Expectation{"known", "", Outcome::expected_fail};
    EXPECT_EQ(verdict_of(std::vector<Rule>{declared}), Verdict::conformant);
    Rule stale = rule(Level::info, Status::pass);
    stale.expected_failure = Expectation{"old", "", Outcome::unexpected_pass};
    EXPECT_EQ(verdict_of(std::vector<Rule>{declared, stale}), Verdict::not_conformant)
        << "a stale declaration fails the run whatever the rule's level";
    Rule unjudged = rule(Level::must, Status::error);
    unjudged.expected_failure = Expectation{"known", "", Outcome::not_judged};
    EXPECT_EQ(verdict_of(std::vector<Rule>{unjudged}), Verdict::incomplete);
}

TEST(Verdict, ShownStatusMarksDeclaredFailures) {
    Rule r = rule(Level::must, Status::fail);
    EXPECT_EQ(shown_status(r), "fail");
    r.expected_failure = Expectation{"known", "", Outcome::expected_fail};
    EXPECT_EQ(shown_status(r), "fail (expected)");
    r.status = Status::pass;
    r.expected_failure->outcome = Outcome::unexpected_pass;
    EXPECT_EQ(shown_status(r), "pass (unexpected)");
    r.status = Status::skip;
    r.expected_failure->outcome = Outcome::not_judged;
    EXPECT_EQ(shown_status(r), "skip (declared)");
}

TEST(Verdict, CountsByStatus) {
    const std::vector<Rule> rules{rule(Level::must, Status::pass), rule(Level::must, Status::pass),
                                  rule(Level::must, Status::crash)};
    const StatusCounts counts = count_statuses(rules);
    EXPECT_EQ(counts[Status::pass], 2);
    EXPECT_EQ(counts[Status::crash], 1);
    EXPECT_EQ(counts[Status::skip], 0);
    EXPECT_EQ(counts.total(), 3);
}

}  // namespace
}  // namespace rtkconf::results
