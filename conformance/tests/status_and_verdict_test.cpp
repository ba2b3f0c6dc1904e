// Roll-up of test statuses into a rule status, and the verdict by profile.
#include <gtest/gtest.h>

#include <vector>

#include "test_status.h"
#include "verdict.h"

namespace rtkconf::runner {
namespace {

TEST(StatusRollUp, NoTestsMeansSkip) {
    EXPECT_EQ(worst_of({}), Status::skip);
}

TEST(StatusRollUp, WorstWinsInSchemaOrder) {
    // crash > timeout > error > fail > pass > skip
    const std::vector<Status> order{Status::skip,  Status::pass,    Status::fail,
                                    Status::error, Status::timeout, Status::crash};
    for (std::size_t i = 0; i < order.size(); ++i) {
        for (std::size_t j = 0; j < order.size(); ++j) {
            const std::vector<Status> pair{order[i], order[j]};
            EXPECT_EQ(worst_of(pair), order[std::max(i, j)]) << "row " << i << "," << j;
        }
    }
}

TEST(StatusRollUp, PassAndSkipIsPass) {
    const std::vector<Status> s{Status::skip, Status::pass, Status::skip};
    EXPECT_EQ(worst_of(s), Status::pass);
}

TEST(StatusNames, RoundTrip) {
    for (Status s :
         {Status::pass, Status::fail, Status::skip, Status::crash, Status::timeout, Status::error})
        EXPECT_EQ(parse_status(to_string(s)), s) << to_string(s);
    EXPECT_FALSE(parse_status("ok").has_value());
}

TEST(Verdict, WhichLevelsCount) {
    EXPECT_TRUE(counts_for_verdict(Level::must, Profile::strict));
    EXPECT_TRUE(counts_for_verdict(Level::must, Profile::lenient));
    EXPECT_TRUE(counts_for_verdict(Level::should, Profile::strict));
    EXPECT_FALSE(counts_for_verdict(Level::should, Profile::lenient));
    EXPECT_FALSE(counts_for_verdict(Level::info, Profile::strict));
    EXPECT_FALSE(counts_for_verdict(Level::info, Profile::lenient));
}

TEST(Verdict, FailingShouldBreaksStrictOnly) {
    const std::vector<RuleOutcome> rules{{Level::must, Status::pass},
                                         {Level::should, Status::fail}};
    EXPECT_FALSE(is_conformant(rules, Profile::strict));
    EXPECT_TRUE(is_conformant(rules, Profile::lenient));
}

TEST(Verdict, FailingInfoNeverCounts) {
    const std::vector<RuleOutcome> rules{{Level::must, Status::pass}, {Level::info, Status::crash}};
    EXPECT_TRUE(is_conformant(rules, Profile::strict));
}

TEST(Verdict, SkippedRulesDoNotBreakConformance) {
    const std::vector<RuleOutcome> rules{{Level::must, Status::skip},
                                         {Level::should, Status::pass}};
    EXPECT_TRUE(is_conformant(rules, Profile::strict));
}

TEST(Verdict, CrashTimeoutAndErrorOfAMustRuleBreakBothProfiles) {
    for (Status s : {Status::fail, Status::crash, Status::timeout, Status::error}) {
        const std::vector<RuleOutcome> rules{{Level::must, s}};
        EXPECT_FALSE(is_conformant(rules, Profile::strict)) << to_string(s);
        EXPECT_FALSE(is_conformant(rules, Profile::lenient)) << to_string(s);
    }
}

TEST(Verdict, ProfileNames) {
    EXPECT_EQ(parse_profile("strict"), Profile::strict);
    EXPECT_EQ(parse_profile("lenient"), Profile::lenient);
    EXPECT_FALSE(parse_profile("Strict").has_value());
}

}  // namespace
}  // namespace rtkconf::runner
