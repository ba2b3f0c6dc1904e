// Tests of the `size` family (rules in size_rules.cpp).
#include <cstdint>
#include <string>

#include "rtkconf/plugin/support.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;

using steps::kPage;

const uint32_t kHighValues[] = {1, 0x80000000u, 0xFFFFFFFFu};

StepResult create_sized(Peer &peer, const std::u16string &name, uint32_t high, uint32_t low) {
    Step s = steps::create_shm("a", name, low);
    s.size_high = high;
    return peer.run(s);
}

TEST(SHM_SIZE_001, HighNonZeroIsRefused) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kHighValues); ++i) {
        const std::string row =
            "row " + std::to_string(i) + " (High=" + std::to_string(kHighValues[i]) + ")";
        const std::u16string name = unique_name("high");
        const StepResult r = create_sized(peer, name, kHighValues[i], kPage);
        EXPECT_TRUE(Failed(r)) << row;
        EXPECT_EQ(r.handle, 0u) << row << ": a handle was written";
        EXPECT_EQ(r.location, 0u) << row << ": a Location was written";
        expect_no_object(group.spawn_attached(), name, row);
    }
}

TEST(SHM_SIZE_002, HighNonZeroReturnsInvalidParameter) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kHighValues); ++i) {
        const StepResult r = create_sized(peer, unique_name("high"), kHighValues[i], kPage);
        EXPECT_TRUE(ReturnedExactly(r, STATUS_INVALID_PARAMETER)) << "row " << i;
    }
}

TEST(SHM_SIZE_003, LowZeroIsRefused) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    const std::u16string name = unique_name("low-zero");
    const StepResult named = create_sized(peer, name, 0, 0);
    EXPECT_TRUE(Failed(named)) << "named";
    EXPECT_EQ(named.handle, 0u) << "a handle was written";
    expect_no_object(group.spawn_attached(), name, "named");
    Step unnamed = steps::create_unnamed_shm("b", 0);
    EXPECT_TRUE(Failed(peer.run(unnamed))) << "unnamed";
}

TEST(SHM_SIZE_004, LowZeroReturnsInvalidParameter) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    EXPECT_TRUE(ReturnedExactly(create_sized(peer, unique_name("low-zero"), 0, 0),
                                STATUS_INVALID_PARAMETER));
}

TEST(SHM_SIZE_005, WholeSizeIsSharedBothWays) {
    const uint32_t kSizes[] = {1, kPage - 1, kPage, kPage + 1, 65536 + 3, 1u << 20};
    PeerGroup group;
    Peer &creator = group.spawn_attached();
    Peer &opener = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kSizes); ++i) {
        const uint32_t size = kSizes[i];
        const std::string row = "row " + std::to_string(i) + " (size " + std::to_string(size) + ")";
        const std::u16string name = unique_name("whole");
        const StepResult created = creator.run(steps::create_shm("a", name, size));
        EXPECT_TRUE(Succeeded(created)) << row;
        if (!created.called || created.status < 0) continue;
        const uint32_t seed = 7 * static_cast<uint32_t>(i) + 1;
        EXPECT_TRUE(StepOk(creator.run(steps::write("a", 0, size, seed)))) << row;
        EXPECT_TRUE(Succeeded(opener.run(steps::open_shm("b", name)))) << row;
        EXPECT_TRUE(StepOk(opener.run(steps::check("b", 0, size, seed))))
            << row << ": opener reads";
        // The last byte is where an off-by-one rounding shows.
        EXPECT_TRUE(StepOk(opener.run(steps::write("b", size - 1, 1, seed + 1000)))) << row;
        EXPECT_TRUE(StepOk(creator.run(steps::check("a", size - 1, 1, seed + 1000))))
            << row << ": creator sees the opener's last byte";
        EXPECT_TRUE(Succeeded(opener.run(steps::close("b")))) << row;
        EXPECT_TRUE(Succeeded(creator.run(steps::close("a")))) << row;
    }
}

::testing::AssertionResult PageAligned(const StepResult &r) {
    if (!r.called || r.status < 0)
        return ::testing::AssertionFailure() << "no view: " << status_text(r.status);
    if (r.location % kPage == 0) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "Location " << r.location << " is not a multiple of " << kPage;
}

TEST(SHM_SIZE_006, LocationIsPageAligned) {
    PeerGroup group;
    Peer &creator = group.spawn_attached();
    Peer &opener = group.spawn_attached();
    const std::u16string name = unique_name("align");
    EXPECT_TRUE(PageAligned(creator.run(steps::create_shm("a", name, 100)))) << "create";
    EXPECT_TRUE(PageAligned(opener.run(steps::open_shm("b", name)))) << "open";
    EXPECT_TRUE(PageAligned(creator.run(steps::create_unnamed_shm("c", kPage + 1))))
        << "unnamed create";
}

TEST(SHM_SIZE_007, CreateOnExistingNameMapsThatObject) {
    PeerGroup group;
    Peer &first = group.spawn_attached();
    Peer &second = group.spawn_attached();
    const std::u16string name = unique_name("existing");
    ASSERT_TRUE(Succeeded(first.run(steps::create_shm("a", name, kPage))));
    ASSERT_TRUE(StepOk(first.run(steps::write("a", 0, kPage, 11))));
    const StepResult again = second.run(steps::create_shm("b", name, 2 * kPage));
    ASSERT_TRUE(Succeeded(again)) << "create on an existing name";
    EXPECT_TRUE(StepOk(second.run(steps::check("b", 0, kPage, 11))))
        << "second creator reads the first's data";
    EXPECT_TRUE(StepOk(second.run(steps::write("b", 0, kPage, 12))));
    EXPECT_TRUE(StepOk(first.run(steps::check("a", 0, kPage, 12))))
        << "first creator reads the second's data";
}

TEST(SHM_SIZE_008, CreatorsSizeStandsForASmallerRequest) {
    constexpr uint32_t kCreatorSize = 16 * kPage;
    PeerGroup group;
    Peer &first = group.spawn_attached();
    Peer &second = group.spawn_attached();
    const std::u16string name = unique_name("size-stands");
    ASSERT_TRUE(Succeeded(first.run(steps::create_shm("a", name, kCreatorSize))));
    ASSERT_TRUE(Succeeded(second.run(steps::create_shm("b", name, 1)))) << "create with size 1";
    EXPECT_TRUE(StepOk(second.run(steps::write("b", 0, kCreatorSize, 21))))
        << "the second view covers the creator's whole size";
    EXPECT_TRUE(StepOk(first.run(steps::check("a", 0, kCreatorSize, 21))));
}

TEST(SHM_SIZE_009, LocationAlignment) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    const StepResult r = peer.run(steps::create_shm("a", unique_name("alignment"), 1));
    ASSERT_TRUE(Succeeded(r));
    ASSERT_NE(r.location, 0u) << "no Location written";
    uint64_t alignment = 1;
    while (alignment < (uint64_t{1} << 30) && r.location % (alignment * 2) == 0) alignment *= 2;
    observe("Location aligned to " + std::to_string(alignment) + " bytes");
}

TEST(SHM_SIZE_010, CreateOnExistingNameStatus) {
    PeerGroup group;
    Peer &first = group.spawn_attached();
    Peer &second = group.spawn_attached();
    const std::u16string name = unique_name("existing-status");
    ASSERT_TRUE(Succeeded(first.run(steps::create_shm("a", name, kPage))));
    const StepResult r = second.run(steps::create_shm("b", name, kPage));
    ASSERT_TRUE(r.called) << r.detail;
    observe("create on an existing name: " + status_text(r.status));
}

TEST(SHM_SIZE_011, CreateOnExistingNameReturnsSuccess) {
    PeerGroup group;
    Peer &first = group.spawn_attached();
    Peer &second = group.spawn_attached();
    const std::u16string name = unique_name("existing-success");
    ASSERT_TRUE(Succeeded(first.run(steps::create_shm("a", name, kPage))));
    const StepResult r = second.run(steps::create_shm("b", name, kPage));
    EXPECT_TRUE(ReturnedExactly(r, STATUS_SUCCESS));
}

}  // namespace
