// The region is resident and locked at create; when it cannot be locked
// the create fails cleanly.
#include "namespace_fixture.h"
#include "step_builders.h"

namespace rtkref_it {
namespace {

using ResidentLocked = NamespaceTest;

TEST_F(ResidentLocked, CreatedAndOpenedViewsAreResidentBeforeFirstTouch) {
    constexpr uint32_t kSize = 256 * 1024;
    auto &a = attached_peer("A");
    auto &b = attached_peer("B");
    expect_status(a, create_shm("s", u"resident", kSize), kSuccess);
    expect_ok(a, resident("s", kSize));
    expect_status(b, open_shm("s", u"resident"), kSuccess);
    expect_ok(b, resident("s", kSize));
}

TEST_F(ResidentLocked, CreateBeyondTheMemlockLimitIsInsufficientResources) {
    if (!rtkconf::memlock_limit_supported()) {
        GTEST_SKIP() << "no per-process lock limit to lower on this platform (and under wine "
                        "VirtualLock never fails: CONFORMANCE.md, The Win32 reference under wine)";
    }
    constexpr uint64_t kLimit = 64 * 1024;
    // An unrestricted peer attaches first, so the broker it starts does not
    // inherit the limited peer's limit.
    auto &other = attached_peer("unlimited");
    auto &limited = attached_peer("limited", kLimit);
    expect_status(limited, create_shm("big", u"toolarge", 1u << 20), kInsufficientResources);
    expect_status(other, open_shm("probe", u"toolarge"), kObjectNameNotFound, "no object left");
    // The peer survived, and memory within the limit still works.
    expect_status(limited, create_shm("small", u"small", 4096), kSuccess, "within the limit");
    expect_ok(limited, write("small", 0, 4096, 3));
}

}  // namespace
}  // namespace rtkref_it
