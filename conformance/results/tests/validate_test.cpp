// validate_results: valid samples pass; each broken field is named.
#include <functional>

#include <gtest/gtest.h>

#include "rtkconf/results/json.h"
#include "samples.h"

namespace rtkconf::results {
namespace {

using nlohmann::json;
using testing::kSamples;
using testing::sample;

TEST(Validate, SampleDocumentsAreValid) {
    for (const char *name : kSamples)
        EXPECT_EQ(validate_results(sample(name)), std::nullopt) << name;
}

struct BrokenCase {
    std::function<void(json &)> damage;
    std::string message_start;  // the error must begin with this (the field path)
};

TEST(Validate, NamesTheFirstBadField) {
    const BrokenCase cases[] = {
        {[](json &d) { d.erase("schema"); }, "schema: required field is missing"},
        {[](json &d) { d["schema"] = "gtest-results"; }, "schema: expected \"rtkconf-results\""},
        {[](json &d) { d["schema_version"] = 2; },
         "schema_version: this reader knows version 1, got 2"},
        {[](json &d) { d["harness"].erase("version"); },
         "harness.version: required field is missing"},
        {[](json &d) { d["implementation"]["sha256"] = 5; },
         "implementation.sha256: expected a string, got number"},
        {[](json &d) { d["implementation"] = "lib.so"; },
         "implementation: expected an object, got string"},
        {[](json &d) { d["profile"] = "loose"; },
         "profile: expected one of strict|lenient, got \"loose\""},
        {[](json &d) { d["safe"] = "yes"; }, "safe: expected true or false"},
        {[](json &d) { d.erase("safe"); }, "safe: required field is missing"},
        {[](json &d) { d["verdict"] = "ok"; },
         "verdict: expected one of conformant|not-conformant"},
        {[](json &d) { d["summary"]["crash"] = -1; },
         "summary.crash: expected a non-negative integer"},
        {[](json &d) { d["duration_ms"] = "12"; }, "duration_ms: expected a non-negative integer"},
        {[](json &d) { d["rules"] = json::object(); }, "rules: expected an array, got object"},
        {[](json &d) { d["rules"][2].erase("id"); }, "rules[2].id: required field is missing"},
        {[](json &d) { d["rules"][2]["id"] = ""; }, "rules[2].id: must not be empty"},
        {[](json &d) { d["rules"][3]["status"] = "passed"; },
         "rules[3].status: expected one of pass|fail|skip|crash|timeout|error, got \"passed\""},
        {[](json &d) { d["rules"][1]["level"] = "MAY"; },
         "rules[1].level: expected one of MUST|SHOULD|INFO"},
        {[](json &d) { d["rules"][0]["counts_for_verdict"] = 1; },
         "rules[0].counts_for_verdict: expected true or false"},
        {[](json &d) {
             d["rules"][4]["evidence"] = {"ok", 7};
         },
         "rules[4].evidence[1]: expected a string"},
        {[](json &d) { d["rules"][4]["tests"][0]["status"] = "fine"; },
         "rules[4].tests[0].status: expected one of"},
        {[](json &d) { d["rules"][4]["tests"][0]["calls"][1] = 3; },
         "rules[4].tests[0].calls[1]: expected an object"},
        {[](json &d) { d["rules"][5]["id"] = d["rules"][0]["id"]; },
         "rules[5].id: duplicate rule ID \"SHM-NAME-001\""},
        {[](json &d) { d["summary"]["pass"] = 3; },
         "summary.pass: 3, but 8 rules have status pass"},
        {[](json &d) {
             d["rules"][1]["expected_failure"] = {{"reason", "r"}, {"outcome", "yes"}};
         },
         "rules[1].expected_failure.outcome: expected one of "
         "expected-fail|unexpected-pass|not-judged"},
        {[](json &d) { d["rules"][1]["rerun"] = false; },
         "rules[1].rerun: expected a string, got boolean"},
        {[](json &d) { d["settle_ms"] = -5; }, "settle_ms: expected a non-negative integer"},
        {[](json &d) { d["remaining_names"] = "n"; },
         "remaining_names: expected an array, got string"},
        {[](json &d) { d["heavy"] = 1; }, "heavy: expected true or false"},
        {[](json &d) {
             d["shard"] = {{"index", 4}, {"count", 3}};
         },
         "shard.index: expected 1 to 3, got 4"},
        {[](json &d) {
             d["shard"] = {{"index", 1}, {"count", 0}};
         },
         "shard.count: expected 1 to 10000 shards, got 0"},
        {[](json &d) { d.erase("plugins"); }, "plugins: required field is missing"},
        {[](json &d) { d["plugins"][1].erase("status"); },
         "plugins[1].status: required field is missing"},
    };
    const json valid = sample("reference_linux.json");
    for (std::size_t i = 0; i < std::size(cases); ++i) {
        json doc = valid;
        cases[i].damage(doc);
        const auto error = validate_results(doc);
        ASSERT_TRUE(error.has_value()) << "row " << i << ": a broken document was accepted";
        EXPECT_EQ(error->rfind(cases[i].message_start, 0), 0u)
            << "row " << i << ": got \"" << *error << "\", expected it to start with \""
            << cases[i].message_start << "\"";
    }
}

TEST(Validate, NonDocumentsAreRefusedWithoutThrowing) {
    EXPECT_EQ(validate_results(json::array()), "document: expected a JSON object, got array");
    EXPECT_EQ(validate_results(json()), "document: expected a JSON object, got null");
    const json bad_utf8 = {{"schema", std::string("rtk\xFF")}};
    std::optional<std::string> error;
    ASSERT_NO_THROW(error = validate_results(bad_utf8));
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->rfind("schema: expected", 0), 0u) << *error;
}

}  // namespace
}  // namespace rtkconf::results
