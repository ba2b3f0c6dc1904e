// Plugins that fail to load, speak another ABI or crash while registering
// are reported and left out; the healthy ones load. The probes are real
// child processes of the real rtkconf executable.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "plugin_host.h"
#include "rtkconf/plugin_abi.h"
#include "rtkconf/plugin_build.h"
#include "plugin_loader.h"
#include "plugin_probe.h"
#include "work_dir.h"

namespace rtkconf::runner {
namespace {

using ::testing::HasSubstr;

const std::filesystem::path kRtkconf = RTKCONF_EXE;
const std::filesystem::path kWrongAbi = PLUGIN_WRONG_ABI;
const std::filesystem::path kWrongBuild = PLUGIN_WRONG_BUILD;
const std::filesystem::path kCrashes = PLUGIN_CRASHES;
const std::filesystem::path kGood = PLUGIN_GOOD;

TEST(PluginProbe, WrongAbiVersionIsReported) {
    WorkDir work;
    const PluginStatus st = probe_plugin(kRtkconf, kWrongAbi, work.path());
    EXPECT_EQ(st.status, "abi-mismatch");
    EXPECT_THAT(st.message,
                HasSubstr("version " + std::to_string(RTKCONF_PLUGIN_ABI_VERSION + 98)));
}

// Its tests would join a GoogleTest registry built differently: refused
// before it registers anything, and the message names both builds.
TEST(PluginProbe, PluginCompiledAgainstAnotherBuildIsRefused) {
    WorkDir work;
    const PluginStatus st = probe_plugin(kRtkconf, kWrongBuild, work.path());
    EXPECT_EQ(st.status, "abi-mismatch");
    EXPECT_EQ(st.rules, 0);
    EXPECT_THAT(st.message, HasSubstr("compiled against \"rtkconf 0.0.1; GoogleTest 1.10.0"));
    EXPECT_THAT(st.message, HasSubstr("built as \"" RTKCONF_PLUGIN_BUILD "\""));
}

TEST(PluginProbe, CrashWhileRegisteringIsReported) {
    WorkDir work;
    const PluginStatus st = probe_plugin(kRtkconf, kCrashes, work.path());
    EXPECT_EQ(st.status, "crashed");
    EXPECT_THAT(st.message, HasSubstr("signal"));
}

TEST(PluginProbe, NotALibraryIsALoadError) {
    WorkDir work;
    const auto fake = work.path() / "rtkconf-plugin-fake.so";
    std::ofstream(fake) << "not an ELF file";
    const PluginStatus st = probe_plugin(kRtkconf, fake, work.path());
    EXPECT_EQ(st.status, "load-error");
    EXPECT_FALSE(st.message.empty());
}

TEST(PluginProbe, HealthyPluginReportsItsRules) {
    WorkDir work;
    const PluginStatus st = probe_plugin(kRtkconf, kGood, work.path());
    EXPECT_EQ(st.status, "loaded") << st.message;
    EXPECT_EQ(st.name, "rtkconf-test-good-c");
    EXPECT_EQ(st.rules, 2);
}

TEST(PluginProbe, BrokenPluginsDoNotStopTheHealthyOne) {
    WorkDir work;
    const auto dir = work.path() / "plugins";
    std::filesystem::create_directories(dir);
    for (const auto &p : {kWrongAbi, kCrashes, kGood})
        std::filesystem::copy_file(p, dir / p.filename());
    std::ofstream(dir / "readme.txt") << "ignored: not a library";
    static RuleCatalog catalog;  // the loaded plugin keeps the host
    static PluginHost host(catalog);
    const auto statuses = load_plugins_safely(kRtkconf, dir, work.path(), host);
    ASSERT_EQ(statuses.size(), 3u);
    int loaded = 0;
    for (const PluginStatus &st : statuses) loaded += st.ok();
    EXPECT_EQ(loaded, 1);
    ASSERT_EQ(catalog.rules().size(), 2u);
    EXPECT_EQ(catalog.rules()[1].needs_exports.size(), 2u);
    EXPECT_EQ(catalog.rules()[0].plugin, "rtkconf-test-good-c");
}

}  // namespace
}  // namespace rtkconf::runner
