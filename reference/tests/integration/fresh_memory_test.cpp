// New memory reads zero, including under a name whose earlier object was
// destroyed: nothing leaks from one object to the next.
#include "namespace_fixture.h"

namespace rtkref_it {
namespace {

using FreshMemory = NamespaceTest;

TEST_F(FreshMemory, NewObjectReadsZero) {
    constexpr uint32_t kSize = 64 * 1024;
    auto &a = attached_peer("A");
    expect_status(a, create_shm("s", u"fresh", kSize), STATUS_SUCCESS);
    expect_ok(a, check_zero("s", 0, kSize));
}

TEST_F(FreshMemory, NameRecreatedAfterDestructionReadsZero) {
    constexpr uint32_t kSize = 64 * 1024;
    auto &a = attached_peer("A");
    auto &b = attached_peer("B");
    expect_status(a, create_shm("s", u"again", kSize), STATUS_SUCCESS);
    expect_ok(a, write("s", 0, kSize, 91));
    expect_status(b, open_shm("s", u"again"), STATUS_SUCCESS);
    expect_ok(b, check("s", 0, kSize, 91));
    expect_status(a, close("s"), STATUS_SUCCESS);
    expect_status(b, close("s"), STATUS_SUCCESS);
    expect_status(b, open_shm("s", u"again"), STATUS_OBJECT_NAME_NOT_FOUND, "destroyed");
    expect_status(b, create_shm("s", u"again", kSize), STATUS_SUCCESS);
    expect_ok(b, check_zero("s", 0, kSize));
}

}  // namespace
}  // namespace rtkref_it
