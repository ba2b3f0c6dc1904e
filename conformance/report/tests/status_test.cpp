// Status order, names, and the per-family roll-up counts.
#include <gtest/gtest.h>

#include "rtkconf/report.h"
#include "test_support.h"

namespace rtkconf::report {
namespace {

using testing::load_sample;

TEST(Status, NamesRoundTrip) {
    for (const Status s : kAllStatuses) EXPECT_EQ(parse_status(to_string(s)), s) << to_string(s);
    EXPECT_FALSE(parse_status("passed").has_value());
    EXPECT_FALSE(parse_status("").has_value());
}

struct WorstCase {
    std::vector<Status> statuses;
    Status worst;
};

TEST(Status, WorstOfFollowsTheSchemaOrder) {
    const WorstCase cases[] = {
        {{}, Status::skip},
        {{Status::skip}, Status::skip},
        {{Status::skip, Status::pass}, Status::pass},
        {{Status::pass, Status::fail, Status::skip}, Status::fail},
        {{Status::fail, Status::error}, Status::error},
        {{Status::error, Status::timeout, Status::fail}, Status::timeout},
        {{Status::timeout, Status::crash, Status::pass}, Status::crash},
    };
    for (std::size_t i = 0; i < std::size(cases); ++i)
        EXPECT_EQ(worst_of(cases[i].statuses), cases[i].worst) << "row " << i;
}

TEST(Status, CountsMatchTheSummaryOfEachSample) {
    for (const char *name : {"reference_linux.json", "mutant_linux.json", "reference_wine.json"}) {
        const auto doc = load_sample(name);
        const StatusCounts counts = count_rules(doc);
        // The samples predate n/a: an absent count is 0.
        for (const Status s : kAllStatuses)
            EXPECT_EQ(counts[s], doc["summary"].value(std::string(to_string(s)), 0))
                << name << " " << to_string(s);
        EXPECT_EQ(counts.total(), static_cast<int>(doc["rules"].size())) << name;
    }
}

TEST(Status, CountsByFamilyInFirstSeenOrder) {
    const auto families = count_by_family(load_sample("mutant_linux.json"));
    ASSERT_EQ(families.size(), 7u);
    const char *order[] = {"names", "size", "sharing", "namespace", "lifetime", "profile", "open"};
    for (std::size_t i = 0; i < families.size(); ++i)
        EXPECT_EQ(families[i].family, order[i]) << "row " << i;
    EXPECT_EQ(families[0].counts[Status::fail], 2);  // SHM-NAME-004, SHM-NAME-006
    EXPECT_EQ(families[0].counts[Status::pass], 1);
    EXPECT_EQ(families[0].counts.total(), 3);
    EXPECT_EQ(families[1].counts[Status::error], 1);
    EXPECT_EQ(families[2].counts[Status::crash], 1);
    EXPECT_EQ(families[3].counts[Status::timeout], 1);
    EXPECT_EQ(families[4].counts[Status::skip], 1);
}

TEST(Status, UnknownStatusesAreCountedApart) {
    const nlohmann::json doc = {
        {"rules", {{{"family", "f"}, {"status", "weird"}}, {{"family", "f"}, {"status", 3}}}}};
    const StatusCounts counts = count_rules(doc);
    EXPECT_EQ(counts.unknown, 2);
    EXPECT_EQ(counts.total(), 2);
    EXPECT_EQ(count_rules(nlohmann::json::array()).total(), 0);
    EXPECT_TRUE(count_by_family(nlohmann::json("not a document")).empty());
}

}  // namespace
}  // namespace rtkconf::report
