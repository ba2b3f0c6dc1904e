// Size arguments, the view's alignment, and the ignored Protect argument.
#include "namespace_fixture.h"

namespace rtkref_it {
namespace {

using SizeAndProtect = NamespaceTest;

TEST_F(SizeAndProtect, MaximumSizeHighNonZeroIsInvalidParameter) {
    auto &a = attached_peer("A");
    auto &b = attached_peer("B");
    Step step = create_shm("s", u"high");
    step.size_high = 1;
    expect_status(a, step, STATUS_INVALID_PARAMETER);
    // Refused means no object either.
    expect_status(b, open_shm("s", u"high"), STATUS_OBJECT_NAME_NOT_FOUND);
}

TEST_F(SizeAndProtect, WholeRequestedSizeIsSharedUpToTheLastByte) {
    constexpr uint32_t kSize = 3 * 4096 + 123;  // not a page multiple
    auto &a = attached_peer("A");
    auto &b = attached_peer("B");
    expect_status(a, create_shm("s", u"whole", kSize), STATUS_SUCCESS);
    expect_ok(a, write("s", 0, kSize, 11));
    expect_status(b, open_shm("s", u"whole"), STATUS_SUCCESS);
    expect_ok(b, check("s", kSize - 1, 1, 11));
    expect_ok(b, check("s", 0, kSize, 11));
}

TEST_F(SizeAndProtect, LocationIsPageAlignedForCreatorAndOpener) {
    auto &a = attached_peer("A");
    auto &b = attached_peer("B");
    const auto created = expect_status(a, create_shm("s", u"aligned", 1000), STATUS_SUCCESS);
    EXPECT_NE(created.location, 0u);
    EXPECT_EQ(created.location % 4096, 0u) << "Location=" << created.location;
    const auto opened = expect_status(b, open_shm("s", u"aligned"), STATUS_SUCCESS);
    EXPECT_EQ(opened.location % 4096, 0u) << "Location=" << opened.location;
}

TEST_F(SizeAndProtect, ProtectIsIgnored) {
    // PAGE_NOACCESS, PAGE_READONLY, PAGE_READWRITE, PAGE_EXECUTE_READWRITE,
    // garbage: each still gives a read-write view that another process sees.
    constexpr uint32_t kProtects[] = {0x01, 0x02, 0x04, 0x40, 0xFFFFFFFFu};
    auto &a = attached_peer("A");
    auto &b = attached_peer("B");
    for (std::size_t i = 0; i < std::size(kProtects); ++i) {
        const std::string row = "row " + std::to_string(i);
        const std::u16string object =
            u"protect" + std::u16string(1, static_cast<char16_t>(u'0' + i));
        const std::string var = "s" + std::to_string(i);
        Step step = create_shm(var, object);
        step.protect = kProtects[i];
        expect_status(a, step, STATUS_SUCCESS, row);
        expect_ok(a, write(var, 0, 4096, static_cast<uint32_t>(i + 1)), row);
        expect_status(b, open_shm(var, object), STATUS_SUCCESS, row);
        expect_ok(b, check(var, 0, 4096, static_cast<uint32_t>(i + 1)), row);
    }
}

}  // namespace
}  // namespace rtkref_it
