// RtkRtssDetach closes the instance's handles and invalidates the instance.
#include "namespace_fixture.h"
#include "step_builders.h"

namespace rtkref_it {
namespace {

using Detach = NamespaceTest;

TEST_F(Detach, DetachOfTheLastHolderDestroysItsObjects) {
    auto &a = attached_peer("A");
    auto &probe = attached_peer("probe");
    expect_status(a, create_shm("s", u"detached"), kSuccess);
    expect_status(a, create_kind(ObjectKind::event, "e", u"detachedevent"), kSuccess);
    expect_status(a, detach(), kSuccess);
    expect_status(probe, open_shm("s", u"detached"), kObjectNameNotFound);
    // The event's name is free again: shared memory may take it.
    expect_status(probe, create_shm("s", u"detachedevent"), kSuccess);
}

TEST_F(Detach, DetachKeepsObjectsOthersStillHold) {
    auto &a = attached_peer("A");
    auto &b = attached_peer("B");
    expect_status(a, create_shm("s", u"shared"), kSuccess);
    expect_ok(a, write("s", 0, 4096, 101));
    expect_status(b, open_shm("s", u"shared"), kSuccess);
    expect_status(a, detach(), kSuccess);
    expect_ok(b, check("s", 0, 4096, 101));
}

TEST_F(Detach, CallsWithADetachedInstanceAreInvalidParameter) {
    auto &a = attached_peer("A");
    auto &b = attached_peer("B");
    expect_status(a, create_shm("s", u"before"), kSuccess);
    expect_status(b, create_shm("s", u"other"), kSuccess);
    expect_status(a, detach(), kSuccess);
    expect_status(a, create_shm("t", u"after"), kInvalidParameter, "create");
    expect_status(a, open_shm("t", u"other"), kInvalidParameter, "open");
    expect_status(a, close("s"), kInvalidParameter, "close");
    expect_status(a, detach(), kInvalidParameter, "second detach");
    expect_status(b, open_shm("t", u"after"), kObjectNameNotFound, "nothing created");
}

}  // namespace
}  // namespace rtkref_it
