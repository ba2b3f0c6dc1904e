// Tests of the `parameters` family (rules in parameters_rules.cpp). Each
// runs in its own process, against real peer processes.
#include <cstdint>

#include "rtkconf/plugin/support.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;

constexpr uint32_t kSize = 4096;

// 0 is what a failed attach leaves in RtssInst: a caller may well pass it
// on, so even a safe run tests it. The others are fabricated values a
// kernel-mode implementation may dereference: hazards.
constexpr uint64_t kFailedAttachInstance = 0;
const uint64_t kFabricatedInstances[] = {1, 0xDEADBEEF, ~uint64_t{0}};
constexpr const char *kFabricatedHazard = "fabricated RtssInst values (1, 0xDEADBEEF, ~0)";

StepResult create_with_instance(Peer &peer, const std::u16string &name, uint64_t instance) {
    Step s = steps::create_shm("a", name, kSize);
    s.raw_instance = instance;
    return peer.run(s);
}

void expect_refused_without_output(PeerGroup &group, Peer &peer, std::size_t index,
                                   uint64_t instance) {
    const std::string row =
        "row " + std::to_string(index) + " (RtssInst=" + std::to_string(instance) + ")";
    const std::u16string name = unique_name("bogus-inst");
    const StepResult r = create_with_instance(peer, name, instance);
    EXPECT_TRUE(Failed(r)) << row;
    EXPECT_EQ(r.handle, 0u) << row << ": a handle was written";
    EXPECT_EQ(r.location, 0u) << row << ": a Location was written";
    expect_no_object(group.spawn_attached(), name, row);
}

TEST(SHM_PARAM_001, FailedAttachInstanceFailsWithoutOutput) {
    PeerGroup group;
    expect_refused_without_output(group, group.spawn_attached(), 0, kFailedAttachInstance);
}

TEST(SHM_PARAM_001, FabricatedInstanceFailsWithoutOutput) {
    RTKCONF_HAZARD(kFabricatedHazard);
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kFabricatedInstances); ++i)
        expect_refused_without_output(group, peer, i, kFabricatedInstances[i]);
}

TEST(SHM_PARAM_002, FailedAttachInstanceReturnsInvalidParameter) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    const StepResult r =
        create_with_instance(peer, unique_name("bogus-inst"), kFailedAttachInstance);
    EXPECT_TRUE(ReturnedExactly(r, STATUS_INVALID_PARAMETER)) << "RtssInst 0";
    observe("RtssInst 0: " + status_text(r.status));
}

TEST(SHM_PARAM_002, FabricatedInstanceReturnsInvalidParameter) {
    RTKCONF_HAZARD(kFabricatedHazard);
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kFabricatedInstances); ++i) {
        const StepResult r =
            create_with_instance(peer, unique_name("bogus-inst"), kFabricatedInstances[i]);
        EXPECT_TRUE(ReturnedExactly(r, STATUS_INVALID_PARAMETER))
            << "row " << i << " (RtssInst=" << kFabricatedInstances[i] << ")";
    }
}

TEST(SHM_PARAM_003, NullHandlePointerReturnsInvalidParameter) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    Step named = steps::create_shm("a", unique_name("null-handle"), kSize);
    named.null_handle_ptr = true;
    Step unnamed = steps::create_unnamed_shm("b", kSize);
    unnamed.null_handle_ptr = true;
    EXPECT_TRUE(ReturnedExactly(peer.run(named), STATUS_INVALID_PARAMETER)) << "named";
    EXPECT_TRUE(ReturnedExactly(peer.run(unnamed), STATUS_INVALID_PARAMETER)) << "unnamed";
}

TEST(SHM_PARAM_003, NullHandlePointerCreatesNoObject) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    const std::u16string name = unique_name("null-handle");
    Step s = steps::create_shm("a", name, kSize);
    s.null_handle_ptr = true;
    const StepResult r = peer.run(s);
    EXPECT_TRUE(Failed(r));
    EXPECT_EQ(r.location, 0u) << "a Location was written";
    expect_no_object(group.spawn_attached(), name, "NULL handle pointer");
}

// The page names no check of Location: a kernel-mode implementation may
// store through NULL before anything else.
constexpr const char *kNullLocationHazard = "NULL Location (the page does not say it is checked)";

TEST(SHM_PARAM_004, NullLocationFailsWithoutObject) {
    RTKCONF_HAZARD(kNullLocationHazard);
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    const std::u16string name = unique_name("null-location");
    Step s = steps::create_shm("a", name, kSize);
    s.null_location = true;
    const StepResult r = peer.run(s);
    EXPECT_TRUE(Failed(r));
    EXPECT_EQ(r.handle, 0u) << "a handle was written";
    expect_no_object(group.spawn_attached(), name, "NULL Location");
}

TEST(SHM_PARAM_005, NullLocationReturnsInvalidParameter) {
    RTKCONF_HAZARD(kNullLocationHazard);
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    Step s = steps::create_shm("a", unique_name("null-location"), kSize);
    s.null_location = true;
    EXPECT_TRUE(ReturnedExactly(peer.run(s), STATUS_INVALID_PARAMETER));
}

TEST(SHM_PARAM_006, EveryProtectValueGivesASharedReadWriteObject) {
    // PAGE_NOACCESS, PAGE_READONLY, PAGE_READWRITE, PAGE_EXECUTE_READWRITE,
    // nonsense: the page says the argument is ignored.
    const uint32_t kProtect[] = {0x00, 0x01, 0x02, 0x04, 0x40, 0xFFFFFFFF};
    PeerGroup group;
    Peer &creator = group.spawn_attached();
    Peer &reader = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kProtect); ++i) {
        const std::string row =
            "row " + std::to_string(i) + " (Protect=" + std::to_string(kProtect[i]) + ")";
        const std::u16string name = unique_name("protect");
        const uint32_t seed = 100 + static_cast<uint32_t>(i);
        Step create = steps::create_shm("a", name, kSize);
        create.protect = kProtect[i];
        const StepResult created = creator.run(create);
        EXPECT_TRUE(Succeeded(created)) << row;
        if (!created.called || created.status < 0) continue;
        EXPECT_TRUE(StepOk(creator.run(steps::write("a", 0, kSize, seed))))
            << row << ": creator writes";
        EXPECT_TRUE(Succeeded(reader.run(steps::open_shm("b", name)))) << row;
        EXPECT_TRUE(StepOk(reader.run(steps::check("b", 0, kSize, seed))))
            << row << ": reader sees the data";
        EXPECT_TRUE(Succeeded(reader.run(steps::close("b")))) << row;
        EXPECT_TRUE(Succeeded(creator.run(steps::close("a")))) << row;
    }
}

TEST(SHM_PARAM_007, NullLocationStatus) {
    RTKCONF_HAZARD(kNullLocationHazard);
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    Step s = steps::create_shm("a", unique_name("null-location"), kSize);
    s.null_location = true;
    const StepResult r = peer.run(s);
    ASSERT_TRUE(r.called) << r.detail;
    observe("NULL Location: " + status_text(r.status));
}

}  // namespace
