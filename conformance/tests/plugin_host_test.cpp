// The host side of the plugin ABI, driven through its C function pointers
// exactly as a plugin drives it.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstddef>

#include "plugin_host.h"

namespace rtkconf::runner {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

rtkconf_rule_info_t info(const char *id, const char *family, uint32_t level,
                         const char *flavours = "") {
    return {sizeof(rtkconf_rule_info_t), id, family, level, "title", "source", "", flavours};
}

TEST(PluginHost, RegistersRulesOfThePluginsFamilyOnly) {
    RuleCatalog catalog;
    PluginHost host(catalog);
    const rtkconf_host_t *c = host.c_host();
    EXPECT_EQ(c->abi_version, RTKCONF_PLUGIN_ABI_VERSION);
    host.begin_plugin("p", "fam");
    const auto ok = info("SHM-FAM-001", "fam", RTKCONF_LEVEL_SHOULD);
    const auto other_family = info("SHM-OTHER-001", "other", RTKCONF_LEVEL_MUST);
    const auto bad_level = info("SHM-FAM-002", "fam", 7);
    auto too_small = info("SHM-FAM-003", "fam", RTKCONF_LEVEL_MUST);
    too_small.struct_size = 8;
    EXPECT_EQ(c->register_rule(c, &ok), 0);
    EXPECT_NE(c->register_rule(c, &other_family), 0);
    EXPECT_NE(c->register_rule(c, &bad_level), 0);
    EXPECT_NE(c->register_rule(c, &too_small), 0);
    EXPECT_NE(c->register_rule(c, nullptr), 0);
    int registered = 0;
    const auto refusals = host.end_plugin(&registered);
    EXPECT_EQ(registered, 1);
    EXPECT_EQ(refusals.size(), 4u);
    EXPECT_THAT(refusals[0], HasSubstr("family"));
    ASSERT_EQ(catalog.rules().size(), 1u);
    EXPECT_EQ(catalog.rules()[0].level, Level::should);
}

// The flavours a rule declares; an older plugin's struct ends before the
// field and speaks rtk only.
TEST(PluginHost, ReadsEachRulesFlavours) {
    RuleCatalog catalog;
    PluginHost host(catalog);
    const rtkconf_host_t *c = host.c_host();
    host.begin_plugin("p", "fam");
    const auto two = info("SHM-FAM-001", "fam", RTKCONF_LEVEL_MUST, "rtk, rtapi");
    auto older = info("SHM-FAM-002", "fam", RTKCONF_LEVEL_MUST, "rtapi");
    older.struct_size = offsetof(rtkconf_rule_info_t, flavours);
    const auto across = info("SHM-FAM-003", "fam", RTKCONF_LEVEL_MUST, "across");
    const auto unknown = info("SHM-FAM-004", "fam", RTKCONF_LEVEL_MUST, "rtk,win32");
    EXPECT_EQ(c->register_rule(c, &two), 0);
    EXPECT_EQ(c->register_rule(c, &older), 0);
    EXPECT_EQ(c->register_rule(c, &across), 0);
    EXPECT_NE(c->register_rule(c, &unknown), 0);
    const auto refusals = host.end_plugin(nullptr);
    ASSERT_EQ(refusals.size(), 1u);
    EXPECT_THAT(refusals[0], HasSubstr("unknown flavour 'win32'"));
    ASSERT_EQ(catalog.rules().size(), 3u);
    EXPECT_THAT(catalog.rules()[0].flavours, ElementsAre(Flavour::rtk, Flavour::rtapi));
    EXPECT_THAT(catalog.rules()[1].flavours, ElementsAre(Flavour::rtk));
    EXPECT_TRUE(catalog.rules()[2].across);
}

TEST(PluginHost, ServesSettingsAndCollectsEvidence) {
    RuleCatalog catalog;
    PluginHost host(catalog);
    host.set_setting("profile", "lenient");
    const rtkconf_host_t *c = host.c_host();
    EXPECT_STREQ(c->setting(c, "profile"), "lenient");
    EXPECT_EQ(c->setting(c, "no-such-key"), nullptr);
    EXPECT_EQ(c->setting(c, nullptr), nullptr);
    const uint16_t name[] = {'a', 'b'};
    c->record_call(c, "peer 1", "RtkCloseHandle(...)", -1073741811, "");
    c->record_call(c, nullptr, nullptr, 0, nullptr);  // tolerated, recorded as empty
    c->observe(c, "first");
    c->observe(c, "last wins");
    c->record_name(c, name, 2);
    c->record_name(c, nullptr, 3);  // ignored: no buffer
    TestEvidence e = host.take_evidence();
    ASSERT_EQ(e.calls.size(), 2u);
    EXPECT_EQ(e.calls[0].peer, "peer 1");
    EXPECT_EQ(e.observed, "last wins");
    EXPECT_THAT(e.names, ElementsAre(std::u16string(u"ab")));
    EXPECT_TRUE(host.take_evidence().calls.empty()) << "taken once";
}

}  // namespace
}  // namespace rtkconf::runner
