// Tests of the `handles` family (rules in handles_rules.cpp).
#include <cstdint>
#include <cstdio>
#include <string>

#include "rtkconf/plugin/support.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;

constexpr uint32_t kSize = 4096;

// Small indexes, a typical pointer, a kernel-half address, all ones. A
// kernel-mode implementation may dereference any of them: hazards.
constexpr const char *kNeverIssuedHazard =
    "handle values no call issued (small indexes, 0xDEADBEEF, a kernel-half address, ~0)";
const uint64_t kNeverIssued[] = {0x1, 0x4, 0xDEADBEEF, 0xFFFF800000001000ull, ~uint64_t{0}};

std::string hex(uint64_t v) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
    return buf;
}

TEST(SHM_HANDLE_001, SecondCloseFails) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    ASSERT_TRUE(Succeeded(peer.run(steps::create_shm("a", unique_name("double-close"), kSize))));
    ASSERT_TRUE(Succeeded(peer.run(steps::close("a")))) << "first close";
    EXPECT_TRUE(Failed(peer.run(steps::close("a")))) << "second close";
}

TEST(SHM_HANDLE_001, SecondCloseOfUnnamedObjectFails) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    ASSERT_TRUE(Succeeded(peer.run(steps::create_unnamed_shm("a", kSize))));
    ASSERT_TRUE(Succeeded(peer.run(steps::close("a")))) << "first close";
    EXPECT_TRUE(Failed(peer.run(steps::close("a")))) << "second close";
}

TEST(SHM_HANDLE_002, SecondCloseReturnsUnsuccessful) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    ASSERT_TRUE(Succeeded(peer.run(steps::create_shm("a", unique_name("double-close"), kSize))));
    ASSERT_TRUE(Succeeded(peer.run(steps::close("a")))) << "first close";
    const StepResult second = peer.run(steps::close("a"));
    EXPECT_TRUE(ReturnedExactly(second, STATUS_UNSUCCESSFUL)) << "second close";
    observe("second close: " + status_text(second.status));
}

TEST(SHM_HANDLE_003, NeverIssuedValueFails) {
    RTKCONF_HAZARD(kNeverIssuedHazard);
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kNeverIssued); ++i)
        EXPECT_TRUE(Failed(peer.run(steps::close_raw(kNeverIssued[i]))))
            << "row " << i << " (handle " << hex(kNeverIssued[i]) << ")";
}

TEST(SHM_HANDLE_004, NeverIssuedValueReturnsInvalidHandle) {
    RTKCONF_HAZARD(kNeverIssuedHazard);
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kNeverIssued); ++i)
        EXPECT_TRUE(
            ReturnedExactly(peer.run(steps::close_raw(kNeverIssued[i])), STATUS_INVALID_HANDLE))
            << "row " << i << " (handle " << hex(kNeverIssued[i]) << ")";
}

// Peer 1 owns an object; peer 2 closes peer 1's handle value. Returns
// peer 2's close result; checks that peer 1's object still works.
StepResult close_foreign_handle(PeerGroup &group) {
    Peer &owner = group.spawn_attached();
    Peer &intruder = group.spawn_attached();
    const std::u16string name = unique_name("foreign-handle");
    const StepResult created = owner.run(steps::create_shm("a", name, kSize));
    EXPECT_TRUE(Succeeded(created));
    EXPECT_TRUE(StepOk(owner.run(steps::write("a", 0, kSize, 31))));
    const StepResult foreign = intruder.run(steps::close_raw(created.handle));
    EXPECT_TRUE(StepOk(owner.run(steps::check("a", 0, kSize, 31))))
        << "the owner's view after the foreign close";
    EXPECT_TRUE(Succeeded(intruder.run(steps::open_shm("b", name)))) << "the object still exists";
    EXPECT_TRUE(StepOk(intruder.run(steps::check("b", 0, kSize, 31))))
        << "and holds the owner's data";
    EXPECT_TRUE(Succeeded(intruder.run(steps::close("b"))));
    EXPECT_TRUE(Succeeded(owner.run(steps::close("a")))) << "the owner's handle still closes";
    return foreign;
}

// Another process's value means nothing in this one: to a kernel-mode
// implementation it is a fabricated handle.
constexpr const char *kForeignHazard = "another process's handle value";

TEST(SHM_HANDLE_005, AnotherProcessesHandleIsRefused) {
    RTKCONF_HAZARD(kForeignHazard);
    PeerGroup group;
    const StepResult foreign = close_foreign_handle(group);
    EXPECT_TRUE(Failed(foreign)) << "peer 2 closed peer 1's handle value";
}

TEST(SHM_HANDLE_006, AnotherProcessesHandleReturnsInvalidHandle) {
    RTKCONF_HAZARD(kForeignHazard);
    PeerGroup group;
    const StepResult foreign = close_foreign_handle(group);
    EXPECT_TRUE(ReturnedExactly(foreign, STATUS_INVALID_HANDLE))
        << "peer 2 closed peer 1's handle value";
}

TEST(SHM_HANDLE_007, NullHandleFails) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    EXPECT_TRUE(Failed(peer.run(steps::close_raw(0))));
}

TEST(SHM_HANDLE_008, NullHandleReturnsInvalidParameter) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    const StepResult r = peer.run(steps::close_raw(0));
    EXPECT_TRUE(ReturnedExactly(r, STATUS_INVALID_PARAMETER));
    observe("close of NULL: " + status_text(r.status));
}

TEST(SHM_HANDLE_009, HandleValues) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    const std::u16string name = unique_name("handle-values");
    const StepResult created = peer.run(steps::create_shm("a", name, kSize));
    ASSERT_TRUE(Succeeded(created));
    const StepResult opened = peer.run(steps::open_shm("b", name));
    ASSERT_TRUE(Succeeded(opened));
    observe("create gave " + hex(created.handle) + ", open of the same object gave " +
            hex(opened.handle) +
            (created.handle == opened.handle ? " (the same value)" : " (distinct)"));
}

}  // namespace
