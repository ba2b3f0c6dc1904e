// Create on an existing name opens it; open of a missing name fails.
#include "namespace_fixture.h"

namespace rtkref_it {
namespace {

using OpenExisting = NamespaceTest;

TEST_F(OpenExisting, CreateOnExistingNameOpensTheSameMemory) {
    auto &a = attached_peer("A");
    auto &b = attached_peer("B");
    expect_status(a, create_shm("s", u"same"), STATUS_SUCCESS);
    expect_ok(a, write("s", 0, 2048, 51));
    expect_status(b, create_shm("s", u"same"), STATUS_SUCCESS);
    expect_ok(b, check("s", 0, 2048, 51));
    expect_ok(b, write("s", 2048, 2048, 52));
    expect_ok(a, check("s", 2048, 2048, 52));
}

TEST_F(OpenExisting, CreatorsSizeStandsWhenASecondCreateAsksForMore) {
    constexpr uint32_t kCreatorSize = 8192;
    auto &a = attached_peer("A");
    auto &b = attached_peer("B");
    expect_status(a, create_shm("s", u"sized", kCreatorSize), STATUS_SUCCESS);
    expect_status(b, create_shm("s", u"sized", 1u << 20), STATUS_SUCCESS);
    expect_ok(b, write("s", 0, kCreatorSize, 61));
    expect_ok(a, check("s", 0, kCreatorSize, 61));
    expect_ok(a, write("s", kCreatorSize - 16, 16, 62));
    expect_ok(b, check("s", kCreatorSize - 16, 16, 62));
}

TEST_F(OpenExisting, OpenOfMissingNameIsObjectNameNotFound) {
    auto &a = attached_peer("A");
    const auto result = expect_status(a, open_shm("s", u"missing"), STATUS_OBJECT_NAME_NOT_FOUND);
    EXPECT_EQ(result.location, 0u);
}

}  // namespace
}  // namespace rtkref_it
