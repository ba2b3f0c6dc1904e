// SHM-LIFE-005: RtkRtssDetach closes the instance's handles as process
// termination would (D6; rules in lifetime_rules.cpp).
#include <string>

#include "lifetime_helpers.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;
using namespace rtkconf::plugin::lifetime;

TEST(SHM_LIFE_005, DetachOfTheSoleHolderDestroysTheObject) {
    PeerGroup group;
    Peer &holder = group.spawn_attached();
    Peer &probe = group.spawn_attached();
    const std::u16string name = unique_name("detach-sole");
    ASSERT_TRUE(Succeeded(holder.run(steps::create_shm("h", name, kSize))));
    ASSERT_TRUE(Succeeded(holder.run(steps::detach()))) << "RtkRtssDetach";
    EXPECT_TRUE(Failed(probe_open(probe, name)))
        << "the object outlived the detach of its only holder";
}

TEST(SHM_LIFE_005, DetachedOpenerNoLongerCounts) {
    PeerGroup group;
    Peer &creator = group.spawn_attached();
    Peer &opener = group.spawn_attached();
    Peer &probe = group.spawn_attached();
    const std::u16string name = unique_name("detach-opener");
    ASSERT_TRUE(Succeeded(creator.run(steps::create_shm("h", name, kSize))));
    ASSERT_TRUE(Succeeded(opener.run(steps::open_shm("h", name))));
    ASSERT_TRUE(Succeeded(opener.run(steps::detach()))) << "the opener's RtkRtssDetach";
    EXPECT_TRUE(Succeeded(probe_open(probe, name))) << "the creator still holds the object";
    ASSERT_TRUE(Succeeded(creator.run(steps::unmap("h")))) << "the creator's unmap";
    ASSERT_TRUE(Succeeded(creator.run(steps::close("h")))) << "the creator's close";
    EXPECT_TRUE(Failed(probe_open(probe, name)))
        << "the detached opener's handle still kept the object alive";
}

TEST(SHM_LIFE_005, DetachOfOneHolderKeepsTheObject) {
    PeerGroup group;
    Peer &creator = group.spawn_attached();
    Peer &opener = group.spawn_attached();
    Peer &probe = group.spawn_attached();
    const std::u16string name = unique_name("detach-one");
    ASSERT_TRUE(Succeeded(creator.run(steps::create_shm("h", name, kSize))));
    ASSERT_TRUE(Succeeded(opener.run(steps::open_shm("h", name))));
    ASSERT_TRUE(StepOk(creator.run(steps::write("h", 0, kSize, 77))));
    ASSERT_TRUE(Succeeded(creator.run(steps::detach()))) << "the creator's RtkRtssDetach";
    EXPECT_TRUE(StepOk(opener.run(steps::check("h", 0, kSize, 77))))
        << "the opener's view lost its contents when the creator detached";
    EXPECT_TRUE(Succeeded(probe_open(probe, name))) << "the object died with a holder left";
    EXPECT_TRUE(Succeeded(opener.run(steps::unmap("h"))));
    EXPECT_TRUE(Succeeded(opener.run(steps::close("h"))));
    EXPECT_TRUE(Failed(probe_open(probe, name))) << "the object outlived its last close";
}

}  // namespace
