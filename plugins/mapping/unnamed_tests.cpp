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

// Unnamed objects of different processes, made in turns, are distinct: a
// port naming them from a counter of each process would give every
// process's first one the same hidden name.
TEST(SHM_MAP_005, UnnamedObjectsOfDifferentProcessesAreDistinct) {
    constexpr std::size_t kProcesses = 3;
    constexpr std::size_t kEach = 2;
    PeerGroup group;
    Peer *peers[kProcesses];
    for (Peer *&peer : peers) peer = &group.spawn_attached();
    bool made[kProcesses][kEach] = {};
    const auto seed = [](std::size_t p, std::size_t i) {
        return static_cast<uint32_t>(540 + kEach * p + i);
    };
    const auto row = [](std::size_t p, std::size_t i) {
        return "process " + std::to_string(p + 1) + ", unnamed object " + std::to_string(i);
    };
    for (std::size_t i = 0; i < kEach; ++i) {
        for (std::size_t p = 0; p < kProcesses; ++p) {
            made[p][i] = Succeeded(peers[p]->run(steps::create_unnamed_shm(slot(i), kSize)));
            EXPECT_TRUE(made[p][i]) << row(p, i) << ": create";
        }
    }
    // Every write comes after every create, so a shared object shows the
    // last writer's pattern to the others.
    for (std::size_t p = 0; p < kProcesses; ++p) {
        for (std::size_t i = 0; i < kEach; ++i) {
            if (made[p][i]) {
                EXPECT_TRUE(StepOk(peers[p]->run(steps::write(slot(i), 0, kSize, seed(p, i)))));
            }
        }
    }
    for (std::size_t p = 0; p < kProcesses; ++p) {
        for (std::size_t i = 0; i < kEach; ++i) {
            if (!made[p][i]) continue;
            EXPECT_TRUE(StepOk(peers[p]->run(steps::check(slot(i), 0, kSize, seed(p, i)))))
                << row(p, i) << ": another process's unnamed object is this one";
            EXPECT_TRUE(Succeeded(peers[p]->run(steps::close(slot(i))))) << row(p, i);
        }
    }
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

// The other order: an unnamed object made after a named one, in the same
// process, is not the named one (a port that converts every name into one
// buffer and leaves it as it was for a NULL Name would create on the
// previous name). The named object keeps its pattern, a second process
// reaches it by its name, and it outlives the unnamed object's close.
TEST(SHM_MAP_007, UnnamedObjectMadeAfterANamedOneIsAnother) {
    PeerGroup group;
    Peer &maker = group.spawn_attached();
    Peer &opener = group.spawn_attached();
    const std::u16string name = unique_name("before-unnamed");
    ASSERT_TRUE(Succeeded(maker.run(steps::create_shm("n", name, kSize))));
    ASSERT_TRUE(StepOk(maker.run(steps::write("n", 0, kSize, 720))));
    ASSERT_TRUE(Succeeded(maker.run(steps::create_unnamed_shm("u", kSize))));
    EXPECT_TRUE(StepOk(maker.run(steps::write("u", 0, kSize, 721))));
    EXPECT_TRUE(StepOk(maker.run(steps::check("n", 0, kSize, 720))))
        << "the unnamed object's write showed in the named object made before it";
    EXPECT_TRUE(Succeeded(maker.run(steps::close("u"))));
    const StepResult opened = opener.run(steps::open_shm("o", name));
    EXPECT_TRUE(Succeeded(opened)) << "open of the name after the unnamed object's close";
    if (Succeeded(opened)) {
        EXPECT_TRUE(StepOk(opener.run(steps::check("o", 0, kSize, 720))))
            << "the name reaches other memory than its creator's";
        EXPECT_TRUE(Succeeded(opener.run(steps::close("o"))));
    }
    EXPECT_TRUE(Succeeded(maker.run(steps::close("n"))));
}

}  // namespace
