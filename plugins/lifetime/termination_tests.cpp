// SHM-LIFE-002, 003: a killed process's handles close; the object dies
// with the last one and not before (rules in lifetime_rules.cpp).
#include <string>

#include "lifetime_helpers.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;
using namespace rtkconf::plugin::lifetime;

struct LastHolderRow {
    const char *label;
    bool creator_is_last;    // else the creator closes and an opener is killed
    bool second_own_handle;  // the killed process holds two handles
};

const LastHolderRow kLastHolder[] = {
    {"the creator is the last holder", true, false},
    {"an opener is the last holder", false, false},
    {"the creator holds two handles", true, true},
};

// No sleep and no retry: the open right after the reap must already fail.
TEST(SHM_LIFE_002, KillingTheLastHolderDestroysTheObject) {
    PeerGroup group;
    Peer &probe = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kLastHolder); ++i) {
        const LastHolderRow &r = kLastHolder[i];
        const std::string row = "row " + std::to_string(i) + " (" + r.label + ")";
        const std::u16string name = unique_name("killed-last");
        Peer &creator = group.spawn_attached();
        ASSERT_TRUE(Succeeded(creator.run(steps::create_shm("h", name, kSize)))) << row;
        Peer *last = &creator;
        if (!r.creator_is_last) {
            last = &group.spawn_attached();
            ASSERT_TRUE(Succeeded(last->run(steps::open_shm("h", name)))) << row;
            ASSERT_TRUE(Succeeded(creator.run(steps::close("h")))) << row << ": the creator closes";
        }
        if (r.second_own_handle) {
            ASSERT_TRUE(Succeeded(last->run(steps::open_shm("h2", name)))) << row;
        }
        kill_and_reap(*last, row);
        EXPECT_TRUE(Failed(probe_open(probe, name)))
            << row << ": the object outlived its last holder's termination";
    }
}

TEST(SHM_LIFE_003, KillingOneOfTwoHoldersKeepsTheObject) {
    PeerGroup group;
    Peer &probe = group.spawn_attached();
    for (int killed_is_creator = 0; killed_is_creator < 2; ++killed_is_creator) {
        const std::string row =
            std::string("row ") + std::to_string(killed_is_creator) +
            (killed_is_creator ? " (the creator is killed)" : " (the opener is killed)");
        const std::u16string name = unique_name("killed-one");
        Peer &creator = group.spawn_attached();
        Peer &opener = group.spawn_attached();
        ASSERT_TRUE(Succeeded(creator.run(steps::create_shm("h", name, kSize)))) << row;
        ASSERT_TRUE(Succeeded(opener.run(steps::open_shm("h", name)))) << row;
        const uint32_t seed = 30 + static_cast<uint32_t>(killed_is_creator);
        ASSERT_TRUE(StepOk(creator.run(steps::write("h", 0, kSize, seed)))) << row;
        Peer &victim = killed_is_creator ? creator : opener;
        Peer &survivor = killed_is_creator ? opener : creator;
        kill_and_reap(victim, row);
        const StepResult reopened = probe.run(steps::open_shm("p", name));
        EXPECT_TRUE(Succeeded(reopened)) << row << ": the object died with a holder still alive";
        if (!Succeeded(reopened)) continue;
        EXPECT_TRUE(StepOk(probe.run(steps::check("p", 0, kSize, seed))))
            << row << ": the contents did not survive";
        EXPECT_TRUE(StepOk(survivor.run(steps::write("h", 0, kSize, seed + 10)))) << row;
        EXPECT_TRUE(StepOk(probe.run(steps::check("p", 0, kSize, seed + 10))))
            << row << ": the survivor and a new opener no longer share memory";
        EXPECT_TRUE(Succeeded(probe.run(steps::close("p")))) << row;
        EXPECT_TRUE(Succeeded(survivor.run(steps::close("h")))) << row;
    }
}

}  // namespace
