// Rule counts over a document and per family.
#include <gtest/gtest.h>

#include "rtkconf/report.h"
#include "test_support.h"

namespace rtkconf::report {
namespace {

using results::Status;
using testing::load_sample;
using testing::load_sample_json;

TEST(Counts, MatchTheSummaryOfEachSample) {
    for (const char *name : {"reference_linux.json", "mutant_linux.json", "reference_wine.json"}) {
        const auto doc = load_sample_json(name);
        const results::StatusCounts counts = results::count_statuses(load_sample(name).rules);
        for (const Status s : results::kAllStatuses)
            EXPECT_EQ(counts[s], doc["summary"].value(std::string(to_string(s)), -1))
                << name << " " << to_string(s);
        EXPECT_EQ(counts.total(), static_cast<int>(doc["rules"].size())) << name;
    }
}

TEST(Counts, ByFamilyInFirstSeenOrder) {
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
    EXPECT_TRUE(count_by_family(results::Results{}).empty());
}

}  // namespace
}  // namespace rtkconf::report
