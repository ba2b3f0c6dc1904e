// The runner's side of the flavours: target files and their roles, which
// rules run in which role, and the n/a status.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "rtkconf/results/model.h"
#include "rule_results.h"
#include "target.h"

namespace rtkconf::runner {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::filesystem::path write_target(const std::string &name, const std::string &text) {
    const auto dir = std::filesystem::temp_directory_path() / "rtkconf-flavours-test";
    std::filesystem::create_directories(dir);
    const auto path = dir / name;
    std::ofstream(path) << text;
    return path;
}

TEST(Flavours, ListsParseAndRefuseUnknownNames) {
    std::string bad;
    EXPECT_EQ(flavours_from_list("rtk, rtapi,rtk-legacy", &bad),
              std::vector<Flavour>({Flavour::rtk, Flavour::rtapi, Flavour::rtk_legacy}));
    EXPECT_FALSE(flavours_from_list("rtk,win32", &bad));
    EXPECT_EQ(bad, "win32");
    EXPECT_EQ(flavour_list({Flavour::rtapi, Flavour::rtk}), "rtapi,rtk");
}

TEST(TargetFile, RolesKeepTheirOrderAndPathsTheFilesFolder) {
    const auto path = write_target("two.json", R"({"roles": {
        "driver": {"library": "lib/a.so", "flavour": "rtk"},
        "application": {"library": "/abs/b.so", "flavour": "rtapi"}}})");
    std::string error;
    const auto target = load_target(path, error);
    ASSERT_TRUE(target) << error;
    ASSERT_EQ(target->roles.size(), 2u);
    EXPECT_EQ(target->roles[0].name, "driver") << "the file's order, not alphabetical";
    EXPECT_EQ(target->roles[0].library, (path.parent_path() / "lib/a.so").lexically_normal());
    EXPECT_EQ(target->roles[1].flavour, Flavour::rtapi);
    EXPECT_EQ(target->roles[1].transport, "process");
    EXPECT_EQ(target->label, "driver: a.so (rtk) + application: b.so (rtapi)");
}

TEST(TargetFile, EnvironmentVariablesExpandAndAnUnsetOneIsAnError) {
#ifdef _WIN32
    ::_putenv_s("RTKCONF_TEST_LIB_DIR", "/opt/x");
#else
    ::setenv("RTKCONF_TEST_LIB_DIR", "/opt/x", 1);
#endif
    const auto path = write_target(
        "env.json",
        R"({"label": "L", "roles": {"app": {"library": "${RTKCONF_TEST_LIB_DIR}/c.so", "flavour": "rtapi"}}})");
    std::string error;
    const auto target = load_target(path, error);
    ASSERT_TRUE(target) << error;
    // A rooted path keeps its root; on Windows it takes the file's drive.
    EXPECT_EQ(target->roles[0].library, (path.parent_path() / "/opt/x/c.so").lexically_normal());
    EXPECT_EQ(target->label, "L");
    const auto unset = write_target(
        "unset.json", R"({"roles": {"app": {"library": "$RTKCONF_TEST_NEVER_SET/c.so"}}})");
    EXPECT_FALSE(load_target(unset, error));
    EXPECT_THAT(error, HasSubstr("RTKCONF_TEST_NEVER_SET"));
}

TEST(TargetFile, MistakesAreNamed) {
    const std::pair<const char *, const char *> rows[] = {
        {R"({"roles": {}})", "at least one role"},
        {R"({"roles": {"a": {"flavour": "rtk"}}})", "names no \"library\""},
        {R"({"roles": {"a": {"library": "x.so", "flavor": "rtk"}}})", "unknown field \"flavor\""},
        {R"({"roles": {"a": {"library": "x.so", "flavour": "win32"}}})", "unknown flavour"},
        {R"({"roles": {"a": {"library": "x.so", "transport": "agent"}}})", "transport \"agent\""},
        {R"({"role": {}})", "unknown field \"role\""},
        {R"(not json)", "is not JSON"},
    };
    for (std::size_t i = 0; i < std::size(rows); ++i) {
        std::string error;
        EXPECT_FALSE(load_target(write_target("bad.json", rows[i].first), error)) << "row " << i;
        EXPECT_THAT(error, HasSubstr(rows[i].second)) << "row " << i;
    }
}

RuleInfo rule_in(const std::string &id, std::vector<Flavour> flavours, bool across = false) {
    RuleInfo r;
    r.id = id;
    r.family = "f";
    r.title = "t";
    r.source = "s";
    r.flavours = std::move(flavours);
    r.across = across;
    return r;
}

TEST(TestPlan, EachRuleRunsOncePerRoleOfItsFlavoursAndIsNotApplicableWithoutOne) {
    RuleCatalog catalog;
    ASSERT_FALSE(catalog.add(rule_in("SHM-F-001", {Flavour::rtk, Flavour::rtapi})));
    ASSERT_FALSE(catalog.add(rule_in("SHM-F-002", {Flavour::rtk})));
    ASSERT_FALSE(catalog.add(rule_in("SHM-F-003", {Flavour::rtk_legacy})));
    ASSERT_FALSE(catalog.add(rule_in("SHM-F-004", every_flavour(), true)));
    const std::vector<RoleExports> roles{
        {PeerRole{"driver", "/d.so", Flavour::rtk, "process"}, {}},
        {PeerRole{"application", "/a.so", Flavour::rtapi, "process"}, {"RtkCreateMutex"}}};
    const TestPlan plan =
        make_plan(catalog, {"SHM_F_001.T", "SHM_F_002.T", "SHM_F_003.T", "SHM_F_004.T"}, "", roles);
    ASSERT_EQ(plan.rules.size(), 4u);
    EXPECT_EQ(plan.rules[2].roles.size(), 0u);
    EXPECT_THAT(plan.rules[2].not_applicable, HasSubstr("this target speaks rtk,rtapi"));
    std::vector<std::string> shown;
    for (const TestJob &job : jobs_for(plan)) shown.push_back(job.shown);
    EXPECT_THAT(shown, ElementsAre("SHM_F_001.T [driver]", "SHM_F_001.T [application]",
                                   "SHM_F_002.T", "SHM_F_004.T"));
    const auto rules = fold_results(plan, {}, Profile::strict);
    EXPECT_EQ(rules[2].status, Status::not_applicable);
    EXPECT_THAT(rules[2].evidence, ElementsAre(HasSubstr("n/a: ")));
}

TEST(TestStatus, NotApplicableIsBelowEverythingAndNeverCounts) {
    const Status na_and_pass[] = {Status::not_applicable, Status::pass};
    EXPECT_EQ(worst_of(na_and_pass), Status::pass);
    const Status only_na[] = {Status::not_applicable, Status::not_applicable};
    EXPECT_EQ(worst_of(only_na), Status::not_applicable);
    results::Rule rule;
    rule.level = Level::must;
    rule.status = Status::not_applicable;
    const results::Rule rules[] = {rule};
    EXPECT_EQ(results::verdict_of(rules), results::Verdict::conformant);
    EXPECT_EQ(to_string(Status::not_applicable), "n/a");
}

}  // namespace
}  // namespace rtkconf::runner
