// Two peer processes share one object: the plugin support library, the
// peer and GoogleTest all come from the installed package.
#include "rtkconf/plugin/support.h"

namespace {
using namespace rtkconf;
using namespace rtkconf::plugin;

TEST(SHM_CONSUMER_001, SecondProcessOpensByName) {
    PeerGroup group;
    Peer &a = group.spawn_attached();
    Peer &b = group.spawn_attached();
    const std::u16string name = unique_name("consumer");
    ASSERT_TRUE(Succeeded(a.run(steps::create_shm("m", name, 4096))));
    ASSERT_TRUE(StepOk(a.run(steps::write("m", 0, 4096, 7))));
    ASSERT_TRUE(Succeeded(b.run(steps::open_shm("m", name))));
    EXPECT_TRUE(StepOk(b.run(steps::check("m", 0, 4096, 7))));
    EXPECT_TRUE(Succeeded(b.run(steps::close("m"))));
    EXPECT_TRUE(Succeeded(a.run(steps::close("m"))));
}
}  // namespace
