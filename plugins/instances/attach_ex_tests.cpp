// SHM-INST-001, 005, 006: instances from RtkRtssAttachEx, and MaxWFSO 0
// (rules in instances_rules.cpp).
#include <string>

#include "rtkconf/plugin/support.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;

constexpr uint32_t kAttachExSize = 4096;

Step with_max_wfso(Step s, int64_t max_wfso) {
    s.arg0 = max_wfso;
    return s;
}

// Row 0: both processes attach with AttachEx; row 1: the creator with
// AttachEx, the opener with Attach (one object across both kinds).
TEST(SHM_INST_001, AttachExInstancesCreateOpenShareAndClose) {
    for (int row = 0; row < 2; ++row) {
        const std::string r = "row " + std::to_string(row);
        PeerGroup group;
        Peer &creator = group.spawn();
        Peer &opener = group.spawn();
        const StepResult attached = creator.run(steps::attach_ex());
        ASSERT_TRUE(Succeeded(attached)) << r << ": the creator's RtkRtssAttachEx";
        EXPECT_NE(attached.handle, 0u) << r << ": RtkRtssAttachEx succeeded with instance 0";
        ASSERT_TRUE(Succeeded(opener.run(row == 0 ? steps::attach_ex() : steps::attach())))
            << r << ": the opener's attach";
        const std::u16string name = unique_name("attach-ex");
        ASSERT_TRUE(Succeeded(creator.run(steps::create_shm("m", name, kAttachExSize))))
            << r << ": create with an AttachEx instance";
        ASSERT_TRUE(StepOk(creator.run(steps::write("m", 0, kAttachExSize, 91 + row)))) << r;
        ASSERT_TRUE(Succeeded(opener.run(steps::open_shm("m", name)))) << r << ": open";
        EXPECT_TRUE(StepOk(opener.run(steps::check("m", 0, kAttachExSize, 91 + row))))
            << r << ": the opener does not see the creator's writes";
        EXPECT_TRUE(Succeeded(opener.run(steps::unmap("m")))) << r;
        EXPECT_TRUE(Succeeded(opener.run(steps::close("m")))) << r << ": the opener's close";
        EXPECT_TRUE(Succeeded(creator.run(steps::unmap("m")))) << r;
        EXPECT_TRUE(Succeeded(creator.run(steps::close("m")))) << r << ": the creator's close";
        expect_no_object(creator, name, r + ": after the last close");
    }
}

TEST(SHM_INST_001, AttachExRefusesMaxWfsoZero) {
    PeerGroup group;
    Peer &peer = group.spawn();
    const StepResult r = peer.run(with_max_wfso(steps::attach_ex(), 0));
    EXPECT_TRUE(Failed(r)) << "RtkRtssAttachEx(MaxWFSO=0)";
    EXPECT_EQ(r.handle, 0u) << "RtkRtssAttachEx(MaxWFSO=0) wrote an instance";
}

TEST(SHM_INST_005, AttachRefusesMaxWfsoZero) {
    PeerGroup group;
    Peer &peer = group.spawn();
    const StepResult r = peer.run(with_max_wfso(steps::attach(), 0));
    EXPECT_TRUE(Failed(r)) << "RtkRtssAttach(MaxWFSO=0)";
    EXPECT_EQ(r.handle, 0u) << "RtkRtssAttach(MaxWFSO=0) wrote an instance";
    // Nothing was attached: a create with what it wrote fails too.
    const std::u16string name = unique_name("wfso-zero");
    EXPECT_TRUE(Failed(peer.run(steps::create_shm("m", name, kAttachExSize))))
        << "a create with the instance MaxWFSO=0 left";
}

TEST(SHM_INST_006, AttachMaxWfsoZeroReturnsInvalidParameter) {
    PeerGroup group;
    Peer &peer = group.spawn();
    EXPECT_TRUE(
        ReturnedExactly(peer.run(with_max_wfso(steps::attach(), 0)), STATUS_INVALID_PARAMETER))
        << "RtkRtssAttach(MaxWFSO=0)";
}

}  // namespace
