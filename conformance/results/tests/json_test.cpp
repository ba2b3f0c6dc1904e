// results.json <-> the model: the samples read and write back unchanged,
// optional fields read as empty, and reading never throws past its API.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "rtkconf/results/json.h"
#include "samples.h"

namespace rtkconf::results {
namespace {

using nlohmann::json;
using testing::kSamples;
using testing::sample;

TEST(Json, SamplesReadAndWriteBackUnchanged) {
    for (const char *name : kSamples) {
        const json original = sample(name);
        std::string error;
        const auto results = parse_results(original, error);
        ASSERT_TRUE(results) << name << ": " << error;
        EXPECT_EQ(json(*results), original) << name;
    }
}

TEST(Json, FieldsAddedWithinVersionOneAreOptional) {
    json older = sample("mutant_linux.json");
    for (const char *key : {"rule_filter", "transport", "heavy", "settle_ms", "remaining_names"})
        older.erase(key);
    for (const char *key : {"flavours", "roles", "target"}) older["implementation"].erase(key);
    older["summary"].erase("n/a");
    for (auto &rule : older["rules"]) {
        rule.erase("rerun");
        rule.erase("flavours");
    }
    older["something_newer"] = {{"a", 1}};
    std::string error;
    const auto results = parse_results(older, error);
    ASSERT_TRUE(results) << error;
    EXPECT_EQ(results->rule_filter, "");
    EXPECT_EQ(results->transport, "process");
    EXPECT_FALSE(results->heavy);
    EXPECT_EQ(results->settle_ms, 0);
    EXPECT_TRUE(results->remaining_names.empty());
    EXPECT_EQ(results->rules[0].rerun, "");
    EXPECT_EQ(results->rules[0].flavours, "");
    EXPECT_TRUE(results->implementation.roles.empty());
    EXPECT_EQ(results->implementation.target, "");
    EXPECT_FALSE(results->shard.has_value());
    EXPECT_FALSE(results->rules[0].expected_failure.has_value());
}

TEST(Json, ThePartsConvertOnTheirOwnWithPathsRelativeToThemselves) {
    const json rule_json = sample("mutant_linux.json")["rules"][1];
    const Rule rule = rule_json.get<Rule>();
    EXPECT_EQ(rule.id, "SHM-NAME-004");
    EXPECT_EQ(rule.status, Status::fail);
    EXPECT_EQ(json(rule), rule_json);
    json broken = rule_json;
    broken["tests"][0]["status"] = "fine";
    try {
        (void)broken.get<Rule>();
        ADD_FAILURE() << "a rule with a bad test status was read";
    } catch (const SchemaError &e) {
        EXPECT_EQ(std::string(e.what()).rfind("tests[0].status: expected one of", 0), 0u)
            << e.what();
    }
    EXPECT_EQ(json(Status::timeout), "timeout");
    EXPECT_EQ(json("SHOULD").get<Level>(), Level::should);
    EXPECT_THROW((void)json("sometimes").get<Level>(), SchemaError);
}

TEST(Json, TheSummaryIsCountedAndAShardIsWrittenOnlyWhenSet) {
    Results r;
    r.harness.version = "0.1.0";
    r.rules.resize(3);
    for (std::size_t i = 0; i < r.rules.size(); ++i) {
        r.rules[i].id = "SHM-X-00" + std::to_string(i + 1);
        r.rules[i].family = "x";
    }
    r.rules[0].status = Status::crash;
    const json doc = r;
    EXPECT_EQ(doc["summary"]["crash"], 1);
    EXPECT_EQ(doc["summary"]["skip"], 2);
    EXPECT_FALSE(doc.contains("shard"));
    r.shard = Shard{2, 3};
    const json sharded = r;
    EXPECT_EQ(sharded["shard"], (json{{"index", 2}, {"count", 3}}));
    EXPECT_EQ(sharded.get<Results>().shard->index, 2);
}

TEST(Json, TextOfAResultWithInvalidUtf8IsStillWritten) {
    Results r;
    r.rules.push_back(Rule{});
    r.rules[0].evidence.push_back(std::string("bad \xFF byte"));
    std::string text;
    ASSERT_NO_THROW(text = results_text(r));
    EXPECT_NE(text.find("bad \xEF\xBF\xBD byte"), std::string::npos);
    EXPECT_EQ(text.back(), '\n');
}

TEST(Json, LoadNamesTheFileAndWhatIsWrongWithIt) {
    const auto dir = std::filesystem::temp_directory_path() / "rtkconf-results-load-test";
    std::filesystem::create_directories(dir);
    std::string error;
    EXPECT_FALSE(load_results(dir / "absent.json", error));
    EXPECT_NE(error.find("absent.json: cannot read"), std::string::npos) << error;
    std::ofstream(dir / "text.json") << "not json";
    EXPECT_FALSE(load_results(dir / "text.json", error));
    EXPECT_NE(error.find("text.json: not JSON"), std::string::npos) << error;
    std::ofstream(dir / "array.json") << "[]";
    EXPECT_FALSE(load_results(dir / "array.json", error));
    EXPECT_NE(error.find("array.json: document: expected a JSON object"), std::string::npos)
        << error;
    std::ofstream(dir / "good.json") << sample("reference_wine.json").dump();
    const auto good = load_results(dir / "good.json", error);
    ASSERT_TRUE(good) << error;
    EXPECT_EQ(good->implementation.platform, "windows-x86_64-wine");
    EXPECT_EQ(good->profile, Profile::lenient);
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace rtkconf::results
