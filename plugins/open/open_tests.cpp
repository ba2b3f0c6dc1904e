// Tests of the `open` family (rules in open_rules.cpp).
#include <cstdint>
#include <string>

#include "rtkconf/plugin/support.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;

constexpr uint32_t kPage = 4096;
constexpr uint64_t kForgedInstance = 0x1234;

TEST(SHM_OPEN_001, MissingNameFails) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    const StepResult r = peer.run(steps::open_shm("a", unique_name("missing")));
    EXPECT_TRUE(Failed(r));
    EXPECT_EQ(r.handle, 0u) << "a handle was written";
    EXPECT_EQ(r.location, 0u) << "a Location was written";
}

TEST(SHM_OPEN_002, MissingNameReturnsObjectNameNotFound) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    EXPECT_TRUE(ReturnedExactly(peer.run(steps::open_shm("a", unique_name("missing"))),
                                STATUS_OBJECT_NAME_NOT_FOUND));
}

// Returns the open's result on an existing name, with `adjust` applied to
// the open step.
template <typename Adjust>
StepResult open_existing_with(PeerGroup &group, Adjust adjust) {
    Peer &creator = group.spawn_attached();
    Peer &opener = group.spawn_attached();
    const std::u16string name = unique_name("bad-args");
    EXPECT_TRUE(Succeeded(creator.run(steps::create_shm("a", name, kPage))));
    Step open = steps::open_shm("b", name);
    adjust(open);
    return opener.run(open);
}

TEST(SHM_OPEN_003, NullHandlePointerIsInvalidParameter) {
    PeerGroup group;
    const StepResult r = open_existing_with(group, [](Step &s) { s.null_handle_ptr = true; });
    EXPECT_TRUE(ReturnedExactly(r, STATUS_INVALID_PARAMETER)) << "NULL handle pointer";
}

TEST(SHM_OPEN_003, ForgedInstanceIsInvalidParameter) {
    RTKCONF_HAZARD("a fabricated RtssInst value (0x1234)");
    PeerGroup group;
    const StepResult r =
        open_existing_with(group, [](Step &s) { s.raw_instance = kForgedInstance; });
    EXPECT_TRUE(ReturnedExactly(r, STATUS_INVALID_PARAMETER)) << "RtssInst not from attach";
}

TEST(SHM_OPEN_004, NameRulesOfCreateApply) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    const std::u16string base = unique_name("rules");
    const std::u16string rows[] = {base + std::u16string(261, u'x'), u"\\" + base, base + u"\\x"};
    for (std::size_t i = 0; i < std::size(rows); ++i) {
        const StepResult r = peer.run(steps::open_shm("a", rows[i]));
        EXPECT_TRUE(Failed(r)) << "row " << i;
        EXPECT_NE(r.status, STATUS_OBJECT_NAME_NOT_FOUND)
            << "row " << i << ": the name was looked up instead of refused";
    }
}

TEST(SHM_OPEN_005, OpenerSeesTheCreatorsWholeSize) {
    constexpr uint32_t kSize = 5 * kPage + 123;
    PeerGroup group;
    Peer &creator = group.spawn_attached();
    Peer &opener = group.spawn_attached();
    const std::u16string name = unique_name("whole");
    ASSERT_TRUE(Succeeded(creator.run(steps::create_shm("a", name, kSize))));
    ASSERT_TRUE(StepOk(creator.run(steps::write("a", 0, kSize, 5))));
    ASSERT_TRUE(Succeeded(opener.run(steps::open_shm("b", name))));
    EXPECT_TRUE(StepOk(opener.run(steps::check("b", 0, kSize, 5))));
}

TEST(SHM_OPEN_006, MissingNameStatus) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    const StepResult r = peer.run(steps::open_shm("a", unique_name("missing")));
    ASSERT_TRUE(r.called) << r.detail;
    observe("open of a missing name returns " + status_text(r.status));
}

}  // namespace
