// SHM-CAP-003..005: a large object, and one larger than the process may
// lock (rules in capacity_rules.cpp). The lock limit is a real one: the
// peer lowers RLIMIT_MEMLOCK and drops CAP_IPC_LOCK before loading the
// implementation, where the platform has such a limit.
#include <string>
#include <vector>

#include "rtkconf/plugin/support.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;

constexpr uint32_t kMiB = 1u << 20;
constexpr uint32_t kLarge = 64 * kMiB;
constexpr uint32_t kAfter = 256 * 1024;    // what a normal object takes after the refusal
constexpr uint64_t kLockLimit = 4 * kMiB;  // at most: the peer may lower it to its hard limit

TEST(SHM_CAP_003, SixtyFourMebibytesAreUsableAndShared) {
    PeerGroup group;
    Peer &creator = group.spawn_attached();
    Peer &opener = group.spawn_attached();
    const std::u16string name = unique_name("large");
    ASSERT_TRUE(Succeeded(creator.run(steps::create_shm("a", name, kLarge)))) << "64 MiB create";
    EXPECT_TRUE(StepOk(creator.run(steps::write("a", 0, kLarge, 7))));
    ASSERT_TRUE(Succeeded(opener.run(steps::open_shm("b", name))));
    EXPECT_TRUE(StepOk(opener.run(steps::check("b", 0, kLarge, 7))))
        << "the opener does not see all 64 MiB the creator wrote";
    // Usable through the opener's view too (sharing both ways at every
    // size is SHM-SIZE-005's and SHM-MAP-001's).
    EXPECT_TRUE(StepOk(opener.run(steps::write("b", 0, kLarge, 8))));
    EXPECT_TRUE(StepOk(opener.run(steps::check("b", 0, kLarge, 8))));
    EXPECT_TRUE(Succeeded(opener.run(steps::unmap("b"))));
    EXPECT_TRUE(Succeeded(opener.run(steps::close("b"))));
    EXPECT_TRUE(Succeeded(creator.run(steps::unmap("a"))));
    EXPECT_TRUE(Succeeded(creator.run(steps::close("a"))));
}

RunContext limited_context() {
    RunContext context = run_context();
    context.memlock_limit = kLockLimit;
    return context;
}

// The sizes asked for: 64 MiB always, 0xFFFFFFFF (4 GiB - 1: backing it
// costs the machine 4 GiB for a moment) only in a heavy run.
std::vector<uint32_t> oversized() {
    std::vector<uint32_t> sizes{kLarge};
    if (run_context().heavy) sizes.push_back(0xFFFFFFFFu);
    return sizes;
}

TEST(SHM_CAP_004, OversizedRequestFailsCleanly) {
    if (!memlock_limit_supported()) GTEST_SKIP() << "no per-process lock limit on this platform";
    PeerGroup group(limited_context());
    Peer &peer = group.spawn_attached();
    PeerGroup free_group;
    Peer &observer = free_group.spawn_attached();
    const std::vector<uint32_t> sizes = oversized();
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        const std::string row = "row " + std::to_string(i) + " (size " + std::to_string(sizes[i]) +
                                ", lock limit 4 MiB)";
        const std::u16string name = unique_name("too-big");
        const StepResult r = peer.run(steps::create_shm("big", name, sizes[i]));
        EXPECT_TRUE(Failed(r)) << row;
        EXPECT_EQ(r.handle, 0u) << row << ": a handle was written";
        EXPECT_EQ(r.location, 0u) << row << ": a Location was written";
        expect_no_object(observer, name, row);
        if (r.called && r.status >= 0) {
            peer.run(steps::unmap("big"));
            peer.run(steps::close("big"));
        }
        // The process goes on: no SIGBUS, and the memory it may lock is
        // still there for a normal object, touched through and through.
        const std::u16string after = unique_name("after-too-big");
        ASSERT_TRUE(Succeeded(peer.run(steps::create_shm("ok", after, kAfter))))
            << row << ": a 256 KiB create after the refusal";
        EXPECT_TRUE(StepOk(peer.run(steps::write("ok", 0, kAfter, 9)))) << row;
        EXPECT_TRUE(StepOk(peer.run(steps::check("ok", 0, kAfter, 9)))) << row;
        EXPECT_TRUE(Succeeded(peer.run(steps::unmap("ok")))) << row;
        EXPECT_TRUE(Succeeded(peer.run(steps::close("ok")))) << row;
    }
}

TEST(SHM_CAP_005, OversizedRequestReturnsInsufficientResources) {
    if (!memlock_limit_supported()) GTEST_SKIP() << "no per-process lock limit on this platform";
    PeerGroup group(limited_context());
    Peer &peer = group.spawn_attached();
    const std::vector<uint32_t> sizes = oversized();
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        const StepResult r = peer.run(steps::create_shm("big", unique_name("too-big"), sizes[i]));
        EXPECT_TRUE(ReturnedExactly(r, STATUS_INSUFFICIENT_RESOURCES))
            << "row " << i << " (size " << sizes[i] << ", lock limit 4 MiB)";
        if (r.called && r.status >= 0) {
            peer.run(steps::unmap("big"));
            peer.run(steps::close("big"));
        }
    }
}

}  // namespace
