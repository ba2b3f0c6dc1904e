// Handles: closing twice, and handles belonging to the process that got them.
#include "namespace_fixture.h"

namespace rtkref_it {
namespace {

using Handles = NamespaceTest;

TEST_F(Handles, SecondCloseOfTheSameHandleIsUnsuccessful) {
    auto &a = attached_peer("A");
    expect_status(a, create_shm("s", u"twice"), STATUS_SUCCESS);
    expect_status(a, close("s"), STATUS_SUCCESS, "first close");
    expect_status(a, close("s"), STATUS_UNSUCCESSFUL, "second close");
}

TEST_F(Handles, AnotherProcessCannotCloseAHandleValue) {
    auto &a = attached_peer("A");
    auto &b = attached_peer("B");
    const auto created = expect_status(a, create_shm("s", u"mine"), STATUS_SUCCESS);
    expect_ok(a, write("s", 0, 4096, 71));
    expect_status(b, close_raw(created.handle), STATUS_INVALID_HANDLE, "B closes A's handle value");
    // A's object is untouched: its view works, its name opens, its handle closes.
    expect_ok(a, check("s", 0, 4096, 71));
    expect_status(b, open_shm("s", u"mine"), STATUS_SUCCESS);
    expect_ok(b, check("s", 0, 4096, 71));
    expect_status(a, close("s"), STATUS_SUCCESS);
}

}  // namespace
}  // namespace rtkref_it
