// NULL output pointers and instances that did not come from attach.
#include "namespace_fixture.h"
#include "step_builders.h"

namespace rtkref_it {
namespace {

using ArgumentChecks = NamespaceTest;

TEST_F(ArgumentChecks, NullHandlePointerIsInvalidParameter) {
    auto &a = attached_peer("A");
    auto &b = attached_peer("B");
    Step create_step = create_shm("s", u"nullhandle");
    create_step.null_handle_ptr = true;
    expect_status(a, create_step, kInvalidParameter, "create");
    expect_status(b, open_shm("s", u"nullhandle"), kObjectNameNotFound, "no object left");
    expect_status(b, create_shm("s", u"nullhandle"), kSuccess);
    Step open_step = open_shm("s", u"nullhandle");
    open_step.null_handle_ptr = true;
    expect_status(a, open_step, kInvalidParameter, "open");
}

TEST_F(ArgumentChecks, NullLocationIsInvalidParameter) {
    auto &a = attached_peer("A");
    auto &b = attached_peer("B");
    Step create_step = create_shm("s", u"nullloc");
    create_step.null_location = true;
    expect_status(a, create_step, kInvalidParameter, "create");
    expect_status(b, open_shm("s", u"nullloc"), kObjectNameNotFound, "no object left");
    expect_status(b, create_shm("s", u"nullloc"), kSuccess);
    Step open_step = open_shm("s", u"nullloc");
    open_step.null_location = true;
    expect_status(a, open_step, kInvalidParameter, "open");
}

TEST_F(ArgumentChecks, InstanceNotFromAttachIsInvalidParameter) {
    auto &a = attached_peer("A");
    auto &b = attached_peer("B");
    const auto attached = expect_status(b, attach(), kSuccess, "second attach");
    // 0, garbage, and a real instance plus one.
    const uint64_t bogus[] = {0, 0xDEADBEEFull, attached.handle + 1};
    expect_status(b, create_shm("s", u"owned"), kSuccess);
    for (std::size_t i = 0; i < std::size(bogus); ++i) {
        const std::string row = "row " + std::to_string(i);
        Step create_step = create_shm("x", u"bogusinst");
        create_step.raw_instance = bogus[i];
        expect_status(a, create_step, kInvalidParameter, row + " create");
        Step open_step = open_shm("x", u"owned");
        open_step.raw_instance = bogus[i];
        expect_status(a, open_step, kInvalidParameter, row + " open");
        Step close_step = close("s");
        close_step.raw_instance = bogus[i];
        expect_status(b, close_step, kInvalidParameter, row + " close");
    }
    expect_status(b, open_shm("x", u"bogusinst"), kObjectNameNotFound, "no object left");
}

}  // namespace
}  // namespace rtkref_it
