// RtkRtssDetach closes the instance's handles and invalidates the instance.
#include "namespace_fixture.h"

namespace rtkref_it {
namespace {

using Detach = NamespaceTest;

TEST_F(Detach, DetachOfTheLastHolderDestroysItsObjects) {
    auto &a = attached_peer("A");
    auto &probe = attached_peer("probe");
    expect_status(a, create_shm("s", u"detached"), STATUS_SUCCESS);
    expect_status(a, create_kind(ObjectKind::event, "e", u"detachedevent"), STATUS_SUCCESS);
    expect_status(a, detach(), STATUS_SUCCESS);
    expect_status(probe, open_shm("s", u"detached"), STATUS_OBJECT_NAME_NOT_FOUND);
    // The event's name is free again: shared memory may take it.
    expect_status(probe, create_shm("s", u"detachedevent"), STATUS_SUCCESS);
}

TEST_F(Detach, DetachKeepsObjectsOthersStillHold) {
    auto &a = attached_peer("A");
    auto &b = attached_peer("B");
    expect_status(a, create_shm("s", u"shared"), STATUS_SUCCESS);
    expect_ok(a, write("s", 0, 4096, 101));
    expect_status(b, open_shm("s", u"shared"), STATUS_SUCCESS);
    expect_status(a, detach(), STATUS_SUCCESS);
    expect_ok(b, check("s", 0, 4096, 101));
}

TEST_F(Detach, CallsWithADetachedInstanceAreInvalidParameter) {
    auto &a = attached_peer("A");
    auto &b = attached_peer("B");
    expect_status(a, create_shm("s", u"before"), STATUS_SUCCESS);
    expect_status(b, create_shm("s", u"other"), STATUS_SUCCESS);
    expect_status(a, detach(), STATUS_SUCCESS);
    expect_status(a, create_shm("t", u"after"), STATUS_INVALID_PARAMETER, "create");
    expect_status(a, open_shm("t", u"other"), STATUS_INVALID_PARAMETER, "open");
    expect_status(a, close("s"), STATUS_INVALID_PARAMETER, "close");
    expect_status(a, detach(), STATUS_INVALID_PARAMETER, "second detach");
    expect_status(b, open_shm("t", u"after"), STATUS_OBJECT_NAME_NOT_FOUND, "nothing created");
}

}  // namespace
}  // namespace rtkref_it
