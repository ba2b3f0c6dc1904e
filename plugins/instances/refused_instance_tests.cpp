// SHM-INST-002..004: a detached instance, and another process's instance
// value (rules in instances_rules.cpp).
#include <string>

#include "rtkconf/plugin/support.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;

constexpr uint32_t kRefusedInstanceSize = 4096;

Step with_instance(Step s, uint64_t instance) {
    s.raw_instance = instance;
    return s;
}

// A peer that attached, then detached: it keeps passing the old value.
struct Detached {
    PeerGroup group;
    Peer &holder = group.spawn_attached();  // holds an object the detached peer aims at
    Peer &peer = group.spawn_attached();
    std::u16string held = unique_name("inst-held");
};

void detach(Detached &d) {
    ASSERT_TRUE(Succeeded(d.holder.run(steps::create_shm("h", d.held, kRefusedInstanceSize))));
    ASSERT_TRUE(StepOk(d.holder.run(steps::write("h", 0, kRefusedInstanceSize, 95))));
    ASSERT_TRUE(Succeeded(d.peer.run(steps::open_shm("o", d.held))));
    ASSERT_TRUE(Succeeded(d.peer.run(steps::detach()))) << "RtkRtssDetach";
}

void release(Detached &d) {
    EXPECT_TRUE(Succeeded(d.holder.run(steps::unmap("h"))));
    EXPECT_TRUE(Succeeded(d.holder.run(steps::close("h"))));
}

TEST(SHM_INST_002, DetachedInstanceIsRefused) {
    Detached d;
    detach(d);
    const std::u16string name = unique_name("inst-detached");
    const StepResult created = d.peer.run(steps::create_shm("c", name, kRefusedInstanceSize));
    EXPECT_TRUE(Failed(created)) << "row 0: create with the detached instance";
    EXPECT_EQ(created.handle, 0u) << "row 0: a handle was written";
    EXPECT_EQ(created.location, 0u) << "row 0: a Location was written";
    expect_no_object(d.holder, name, "row 0");
    const StepResult opened = d.peer.run(steps::open_shm("p", d.held));
    EXPECT_TRUE(Failed(opened)) << "row 1: open with the detached instance";
    EXPECT_EQ(opened.handle, 0u) << "row 1: a handle was written";
    // The handle the detach closed (D6) is this process's own stale value.
    EXPECT_TRUE(Failed(d.peer.run(steps::close("o")))) << "row 2: close with the detached instance";
    EXPECT_TRUE(StepOk(d.holder.run(steps::check("h", 0, kRefusedInstanceSize, 95))))
        << "row 2: the holder's object changed";
    release(d);
}

TEST(SHM_INST_003, DetachedInstanceReturnsInvalidParameter) {
    Detached d;
    detach(d);
    EXPECT_TRUE(ReturnedExactly(
        d.peer.run(steps::create_shm("c", unique_name("inst-det"), kRefusedInstanceSize)),
        STATUS_INVALID_PARAMETER))
        << "row 0: create";
    EXPECT_TRUE(ReturnedExactly(d.peer.run(steps::open_shm("p", d.held)), STATUS_INVALID_PARAMETER))
        << "row 1: open";
    EXPECT_TRUE(ReturnedExactly(d.peer.run(steps::close("o")), STATUS_INVALID_PARAMETER))
        << "row 2: close";
    release(d);
}

TEST(SHM_INST_004, AnotherProcessInstanceIsRefused) {
    RTKCONF_HAZARD("another process's RtssInst value (a pointer or key never given to this one)");
    PeerGroup group;
    Peer &owner = group.spawn();
    Peer &thief = group.spawn_attached();
    const StepResult attached = owner.run(steps::attach());
    ASSERT_TRUE(Succeeded(attached));
    const uint64_t foreign = attached.handle;
    const std::u16string held = unique_name("inst-owner");
    ASSERT_TRUE(Succeeded(owner.run(steps::create_shm("h", held, kRefusedInstanceSize))));

    const std::u16string name = unique_name("inst-foreign");
    const StepResult created =
        thief.run(with_instance(steps::create_shm("c", name, kRefusedInstanceSize), foreign));
    EXPECT_TRUE(Failed(created)) << "row 0: create with another process's instance";
    EXPECT_EQ(created.handle, 0u) << "row 0: a handle was written";
    expect_no_object(owner, name, "row 0");
    const StepResult opened = thief.run(with_instance(steps::open_shm("p", held), foreign));
    EXPECT_TRUE(Failed(opened)) << "row 1: open with another process's instance";
    EXPECT_EQ(opened.handle, 0u) << "row 1: a handle was written";

    EXPECT_TRUE(Succeeded(owner.run(steps::open_shm("again", held))))
        << "the owner's instance stopped working";
    EXPECT_TRUE(Succeeded(owner.run(steps::unmap("again"))));
    EXPECT_TRUE(Succeeded(owner.run(steps::close("again"))));
    EXPECT_TRUE(Succeeded(owner.run(steps::unmap("h"))));
    EXPECT_TRUE(Succeeded(owner.run(steps::close("h"))));
}

}  // namespace
