// SHM-UNMAP-003..005: addresses that are no view (rules in
// unmap_rules.cpp). Each is an address of this process's own: one it
// unmapped a moment ago, or one inside a live view. Neither is a wild
// pointer, so these are no hazard.
#include <string>

#include "rtkconf/plugin/support.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;

using steps::kPage;
constexpr uint32_t kRefusedUnmapSize = 2 * kPage;

struct Holders {
    PeerGroup group;
    Peer &owner = group.spawn_attached();
    Peer &other = group.spawn_attached();
    std::u16string name;
};

// The owner creates "a" of `size` bytes and writes seed, then the other
// process opens "o".
void share(Holders &h, const char *tag, uint32_t size, uint32_t seed) {
    h.name = unique_name(tag);
    ASSERT_TRUE(Succeeded(h.owner.run(steps::create_shm("a", h.name, size))));
    ASSERT_TRUE(StepOk(h.owner.run(steps::write("a", 0, size, seed))));
    ASSERT_TRUE(Succeeded(h.other.run(steps::open_shm("o", h.name))));
}

// A second unmap of "a" (already unmapped by the caller).
StepResult second_unmap(Holders &h, uint32_t seed) {
    share(h, "unmap-twice", kPage, seed);
    EXPECT_TRUE(Succeeded(h.owner.run(steps::unmap("a")))) << "the first unmap";
    return h.owner.run(steps::unmap("a"));
}

TEST(SHM_UNMAP_003, SecondUnmapFailsAndObjectSurvives) {
    Holders h;
    EXPECT_TRUE(Failed(second_unmap(h, 81))) << "the second unmap of one Location";
    EXPECT_TRUE(StepOk(h.other.run(steps::check("o", 0, kPage, 81))))
        << "the other process's view lost the contents";
    EXPECT_TRUE(Succeeded(h.owner.run(steps::close("a"))))
        << "the handle no longer closes after the refused unmap";
    EXPECT_TRUE(Succeeded(h.other.run(steps::unmap("o"))));
    EXPECT_TRUE(Succeeded(h.other.run(steps::close("o"))));
}

TEST(SHM_UNMAP_004, SecondUnmapReturnsInvalidParameter) {
    Holders h;
    EXPECT_TRUE(ReturnedExactly(second_unmap(h, 82), STATUS_INVALID_PARAMETER))
        << "the second unmap of one Location";
    h.owner.run(steps::close("a"));
    h.other.run(steps::unmap("o"));
    h.other.run(steps::close("o"));
}

// One page into the view: an address of the view, but not one any call
// returned. When the unmap wrongly succeeds, the owner's view is not
// touched again (it may be gone: touching it would crash the peer).
StepResult unmap_inside(Holders &h, uint32_t seed) {
    share(h, "unmap-inside", kRefusedUnmapSize, seed);
    return h.owner.run(steps::unmap_at("a", kPage));
}

void release(Holders &h, bool owner_view_mapped) {
    if (owner_view_mapped) {
        EXPECT_TRUE(Succeeded(h.owner.run(steps::unmap("a"))));
    }
    EXPECT_TRUE(Succeeded(h.owner.run(steps::close("a"))));
    EXPECT_TRUE(Succeeded(h.other.run(steps::unmap("o"))));
    EXPECT_TRUE(Succeeded(h.other.run(steps::close("o"))));
}

TEST(SHM_UNMAP_005, UnmapInsideAViewFailsAndTheViewStays) {
    Holders h;
    const StepResult inside = unmap_inside(h, 83);
    ASSERT_TRUE(inside.called);
    const bool refused = Failed(inside);
    EXPECT_TRUE(refused) << "the unmap of Location + 4096";
    if (refused) {
        EXPECT_TRUE(StepOk(h.owner.run(steps::check("a", 0, kRefusedUnmapSize, 83))))
            << "the owner's view changed after the refused unmap";
        EXPECT_TRUE(StepOk(h.owner.run(steps::write("a", 0, kPage, 84))));
        EXPECT_TRUE(StepOk(h.other.run(steps::check("o", 0, kPage, 84))))
            << "the owner's view is no longer shared after the refused unmap";
    }
    release(h, refused);
}

TEST(SHM_UNMAP_004, UnmapInsideAViewReturnsInvalidParameter) {
    Holders h;
    const StepResult inside = unmap_inside(h, 85);
    EXPECT_TRUE(ReturnedExactly(inside, STATUS_INVALID_PARAMETER))
        << "the unmap of Location + 4096";
    release(h, inside.called && inside.status < 0);
}

}  // namespace
