// The rule catalogue's checks, its Markdown form, the test plan and the
// folding of test results into rule results.
#include <gmock/gmock.h>

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

#include "catalog_format.h"
#include "fixture_index.h"
#include "rule_catalog.h"
#include "rule_results.h"
#include "test_plan.h"

namespace rtkconf::runner {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

RuleInfo make_rule(const std::string &id, Level level = Level::must,
                   std::vector<std::string> needs = {}) {
    return {id, "fam", level, "title of " + id, "source | with pipe", std::move(needs), "plugin-a"};
}

TEST(RuleCatalog, RefusesMalformedIdsAndDuplicates) {
    RuleCatalog catalog;
    EXPECT_FALSE(catalog.add(make_rule("SHM-FAM-001")).has_value());
    EXPECT_THAT(catalog.add(make_rule("SHM-FAM-001")).value_or(""), HasSubstr("twice"));
    EXPECT_TRUE(catalog.add(make_rule("shm-fam-002")).has_value());
    EXPECT_TRUE(catalog.add(make_rule("SHM FAM 3")).has_value());
    EXPECT_TRUE(catalog.add(make_rule("")).has_value());
    RuleInfo no_source = make_rule("SHM-FAM-004");
    no_source.source.clear();
    EXPECT_TRUE(catalog.add(no_source).has_value());
    EXPECT_EQ(catalog.rules().size(), 1u);
}

TEST(RuleCatalog, SuiteNameAndExports) {
    EXPECT_EQ(suite_name_for("SHM-NAME-004"), "SHM_NAME_004");
    EXPECT_THAT(split_exports(" RtkCreateMutex, RtkOpenMutex ,,"),
                ElementsAre("RtkCreateMutex", "RtkOpenMutex"));
    EXPECT_TRUE(split_exports("").empty());
}

TEST(CatalogFormat, MarkdownIsSortedAndEscaped) {
    RuleCatalog catalog;
    ASSERT_FALSE(catalog.add(make_rule("SHM-B-001", Level::should)));
    ASSERT_FALSE(catalog.add(make_rule("SHM-A-001", Level::info)));
    const std::string md = catalog_markdown(catalog, FixtureIndex{});
    EXPECT_LT(md.find("SHM-A-001"), md.find("SHM-B-001"));
    EXPECT_THAT(
        md, HasSubstr("| SHM-A-001 | fam | INFO | rtk | title of SHM-A-001 | source \\| with pipe |  |"));
    EXPECT_EQ(catalog_json(catalog, FixtureIndex{})["rules"][1]["level"], "SHOULD");
}

TEST(CatalogFormat, NamesTheFixturesOfEachRuleAndFlagsRulesWithout) {
    RuleCatalog catalog;
    ASSERT_FALSE(catalog.add(make_rule("SHM-A-001", Level::must)));
    ASSERT_FALSE(catalog.add(make_rule("SHM-A-002", Level::should)));
    ASSERT_FALSE(catalog.add(make_rule("SHM-A-003", Level::info)));
    FixtureIndex fixtures;
    fixtures.by_rule["SHM-A-001"] = {"breaks_one", "breaks_one_too"};
    const std::string md = catalog_markdown(catalog, fixtures);
    EXPECT_THAT(md, HasSubstr("| `breaks_one`, `breaks_one_too` |"));
    EXPECT_THAT(
        md,
        HasSubstr(
            "SHM-A-002 | fam | SHOULD | rtk | title of SHM-A-002 | source \\| with pipe | **none** |"));
    const nlohmann::json json = catalog_json(catalog, fixtures);
    EXPECT_FALSE(json["rules"][0]["fixture_missing"]);
    EXPECT_TRUE(json["rules"][1]["fixture_missing"]);
    EXPECT_FALSE(json["rules"][2]["fixture_missing"]) << "INFO rules need no fixture";
}

TEST(CatalogFormat, WithoutAnIndexNoRuleIsSaidToLackAFixture) {
    RuleCatalog catalog;
    ASSERT_FALSE(catalog.add(make_rule("SHM-A-001", Level::must)));
    const FixtureIndex none = fixture_index_of({});
    EXPECT_THAT(catalog_markdown(catalog, none), Not(HasSubstr("**none**")));
    EXPECT_FALSE(catalog_json(catalog, none)["rules"][0]["fixture_missing"]);
}

TEST(FixtureIndex, ReadsExpectationsAndExplainsAMissingFile) {
    const auto dir = std::filesystem::temp_directory_path() / "rtkconf-fixture-index-test";
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "expectations.json")
        << R"({"fixtures": [{"fixture": "f1", "breaks": "SHM-A-001"}, {"fixture": "f2", "breaks": "SHM-A-001"}]})";
    const FixtureIndex index = load_fixture_index(dir / "expectations.json");
    EXPECT_TRUE(index.problem.empty()) << index.problem;
    EXPECT_THAT(index.by_rule.at("SHM-A-001"), ElementsAre("f1", "f2"));
    const FixtureIndex missing = load_fixture_index(dir / "absent.json");
    EXPECT_TRUE(missing.by_rule.empty());
    EXPECT_THAT(missing.problem, HasSubstr("absent.json"));
    std::filesystem::remove_all(dir);
}

TEST(TestPlan, GroupsTestsByRuleAndFindsOrphans) {
    RuleCatalog catalog;
    ASSERT_FALSE(catalog.add(make_rule("SHM-A-001")));
    ASSERT_FALSE(catalog.add(make_rule("SHM-A-002", Level::must, {"RtkCreateMutex"})));
    ASSERT_FALSE(catalog.add(make_rule("SHM-B-001")));
    const std::vector<std::string> tests{"SHM_A_001.One", "SHM_A_001.Two", "SHM_A_002.Mutex",
                                         "SHM_A_0011.NotMine", "Other.Test"};
    const TestPlan plan = make_plan(catalog, tests, "SHM-A-*", {"RtkCreateMutex"});
    ASSERT_EQ(plan.rules.size(), 2u);
    EXPECT_THAT(plan.rules[0].tests, ElementsAre("SHM_A_001.One", "SHM_A_001.Two"));
    EXPECT_THAT(plan.rules[1].missing, ElementsAre("RtkCreateMutex"));
    EXPECT_THAT(plan.orphan_tests, ElementsAre("SHM_A_0011.NotMine", "Other.Test"));
    const std::vector<TestJob> jobs = jobs_for(plan);
    ASSERT_EQ(jobs.size(), 2u) << "the rule needing an absent export runs nothing";
    EXPECT_EQ(jobs[1].test, "SHM_A_001.Two");
}

TEST(RuleResults, FoldsWorstStatusEvidenceAndSkips) {
    RuleCatalog catalog;
    ASSERT_FALSE(catalog.add(make_rule("SHM-A-001")));
    ASSERT_FALSE(catalog.add(make_rule("SHM-A-002", Level::should, {"RtkCreateMutex"})));
    ASSERT_FALSE(catalog.add(make_rule("SHM-A-003", Level::info)));
    const TestPlan plan =
        make_plan(catalog, {"SHM_A_001.One", "SHM_A_001.Two"}, "", {"RtkCreateMutex"});
    std::vector<TestResult> results(2);
    results[0] = {"SHM-A-001", "SHM_A_001.One", Status::pass, 5, {}, {}, "seen", {}, {}};
    results[1] = {"SHM-A-001",
                  "SHM_A_001.Two",
                  Status::fail,
                  7,
                  {"expected X, got Y"},
                  {{"peer 1", "RtkCloseHandle(h)", static_cast<int32_t>(0xC0000008), ""}},
                  "",
                  {},
                  {}};
    const auto rules = fold_results(plan, results, Profile::lenient);
    ASSERT_EQ(rules.size(), 3u);
    EXPECT_EQ(rules[0].status, Status::fail);
    EXPECT_EQ(rules[0].duration_ms, 12);
    EXPECT_EQ(rules[0].observed, "seen");
    EXPECT_THAT(rules[0].evidence, ElementsAre("SHM_A_001.Two: expected X, got Y"));
    ASSERT_EQ(rules[0].tests.size(), 2u);
    EXPECT_EQ(rules[0].tests[1].name, "SHM_A_001.Two");
    ASSERT_EQ(rules[0].tests[1].calls.size(), 1u);
    EXPECT_EQ(rules[0].tests[1].calls[0].status, "0xC0000008");
    EXPECT_EQ(rules[0].tests[1].calls[0].status_name, "STATUS_INVALID_HANDLE");
    EXPECT_EQ(rules[1].status, Status::skip);
    EXPECT_FALSE(rules[1].counts_for_verdict) << "SHOULD under lenient";
    EXPECT_THAT(rules[1].evidence, ElementsAre(HasSubstr("does not export RtkCreateMutex")));
    EXPECT_EQ(rules[2].status, Status::error) << "a rule without tests must not pass";
    EXPECT_EQ(results::verdict_of(rules), results::Verdict::not_conformant);
}

}  // namespace
}  // namespace rtkconf::runner
