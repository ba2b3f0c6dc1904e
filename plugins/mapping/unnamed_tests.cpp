// SHM-MAP-005 (several live at once) and SHM-MAP-007: an unnamed object is
// its own, and no name reaches it (rules in mapping_rules.cpp).
#include <string>

#include "rtkconf/plugin/support.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;

constexpr uint32_t kSize = 4096;
constexpr std::size_t kLive = 4;

std::string slot(std::size_t i) {
    return "u" + std::to_string(i);
}

TEST(SHM_MAP_005, FourLiveUnnamedObjectsAreDistinct) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    std::size_t made = 0;
    for (; made < kLive; ++made) {
        const StepResult r = peer.run(steps::create_unnamed_shm(slot(made), kSize));
        EXPECT_TRUE(Succeeded(r)) << "unnamed object " << made << ": create";
        if (!Succeeded(r)) break;
        EXPECT_TRUE(StepOk(peer.run(steps::write(slot(made), 0, kSize, 500 + made))));
    }
    // Every write came after the earlier creates: a shared object would
    // show the last pattern through the earlier views.
    for (std::size_t i = 0; i < made; ++i)
        EXPECT_TRUE(StepOk(peer.run(steps::check(slot(i), 0, kSize, 500 + i))))
            << "unnamed object " << i << ": a later unnamed object's write showed in it";
    for (std::size_t i = 0; i < made; ++i)
        EXPECT_TRUE(Succeeded(peer.run(steps::close(slot(i))))) << "unnamed object " << i;
}

Step open_empty_name(const std::string &var) {
    Step s = steps::open_shm(var, u"");
    s.name.length = 0;
    s.name.maximum_length = 0;
    return s;
}

Step open_null_name(const std::string &var) {
    return steps::open_shm(var, steps::null_name());
}

// `open` must fail from the creator's process and from another while an
// unnamed object lives; an open that succeeds is closed again.
void expect_unnamed_unreachable(Step (*open)(const std::string &), const char *what) {
    PeerGroup group;
    Peer &creator = group.spawn_attached();
    Peer &other = group.spawn_attached();
    ASSERT_TRUE(Succeeded(creator.run(steps::create_unnamed_shm("u", kSize))));
    ASSERT_TRUE(StepOk(creator.run(steps::write("u", 0, kSize, 600))));
    Peer *callers[] = {&creator, &other};
    for (std::size_t i = 0; i < std::size(callers); ++i) {
        const std::string row =
            "row " + std::to_string(i) + (i ? " (another process)" : " (the creator)");
        const StepResult r = callers[i]->run(open("o"));
        EXPECT_TRUE(Failed(r)) << row << ": an open with " << what << " succeeded";
        EXPECT_EQ(r.handle, 0u) << row << ": a handle was written";
        if (Succeeded(r)) {
            EXPECT_TRUE(Succeeded(callers[i]->run(steps::close("o")))) << row;
        }
    }
    EXPECT_TRUE(StepOk(creator.run(steps::check("u", 0, kSize, 600))));
    EXPECT_TRUE(Succeeded(creator.run(steps::close("u"))));
}

TEST(SHM_MAP_007, EmptyNameOpensNoUnnamedObject) {
    expect_unnamed_unreachable(open_empty_name, "an empty name");
}

// The open page does not say what a NULL Name does: an unchecking
// kernel-mode implementation would read address 0.
TEST(SHM_MAP_007, NullNameOpensNoUnnamedObject) {
    RTKCONF_HAZARD("RtkOpenSharedMemory with a NULL Name");
    expect_unnamed_unreachable(open_null_name, "a NULL name");
}

// Named objects made while unnamed ones live, in the same process and in
// another, are other objects: each keeps its own pattern, and an open of
// the name from a third process reaches the named one.
TEST(SHM_MAP_007, NamedObjectsAreNotTheUnnamedOne) {
    PeerGroup group;
    Peer &creator = group.spawn_attached();
    Peer &other = group.spawn_attached();
    Peer &opener = group.spawn_attached();
    ASSERT_TRUE(Succeeded(creator.run(steps::create_unnamed_shm("u", kSize))));
    ASSERT_TRUE(Succeeded(other.run(steps::create_unnamed_shm("u", kSize))));
    Peer *makers[] = {&creator, &other};
    for (std::size_t i = 0; i < std::size(makers); ++i) {
        const std::string row = "row " + std::to_string(i) +
                                (i ? " (another process)" : " (the unnamed object's process)");
        const uint32_t seed = 700 + 4 * static_cast<uint32_t>(i);
        const std::u16string name = unique_name("beside-unnamed");
        ASSERT_TRUE(StepOk(makers[i]->run(steps::write("u", 0, kSize, seed)))) << row;
        ASSERT_TRUE(Succeeded(makers[i]->run(steps::create_shm("n", name, kSize)))) << row;
        EXPECT_TRUE(StepOk(makers[i]->run(steps::write("n", 0, kSize, seed + 1)))) << row;
        EXPECT_TRUE(StepOk(makers[i]->run(steps::check("u", 0, kSize, seed))))
            << row << ": the named object's write showed in the unnamed one";
        const StepResult opened = opener.run(steps::open_shm("o", name));
        EXPECT_TRUE(Succeeded(opened)) << row << ": open of the name from a third process";
        if (Succeeded(opened)) {
            EXPECT_TRUE(StepOk(opener.run(steps::check("o", 0, kSize, seed + 1))))
                << row << ": the name reached another object";
            EXPECT_TRUE(Succeeded(opener.run(steps::close("o")))) << row;
        }
        EXPECT_TRUE(Succeeded(makers[i]->run(steps::close("n")))) << row;
    }
    EXPECT_TRUE(Succeeded(other.run(steps::close("u"))));
    EXPECT_TRUE(Succeeded(creator.run(steps::close("u"))));
}

}  // namespace
