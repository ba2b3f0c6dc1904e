// NULL output pointers and instances that did not come from attach.
#include "namespace_fixture.h"

namespace rtkref_it {
namespace {

using ArgumentChecks = NamespaceTest;

TEST_F(ArgumentChecks, NullHandlePointerIsInvalidParameter) {
    auto &a = attached_peer("A");
    auto &b = attached_peer("B");
    Step create_step = create_shm("s", u"nullhandle");
    create_step.null_handle_ptr = true;
    expect_status(a, create_step, STATUS_INVALID_PARAMETER, "create");
    expect_status(b, open_shm("s", u"nullhandle"), STATUS_OBJECT_NAME_NOT_FOUND, "no object left");
    expect_status(b, create_shm("s", u"nullhandle"), STATUS_SUCCESS);
    Step open_step = open_shm("s", u"nullhandle");
    open_step.null_handle_ptr = true;
    expect_status(a, open_step, STATUS_INVALID_PARAMETER, "open");
}

TEST_F(ArgumentChecks, NullLocationIsInvalidParameter) {
    auto &a = attached_peer("A");
    auto &b = attached_peer("B");
    Step create_step = create_shm("s", u"nullloc");
    create_step.null_location = true;
    expect_status(a, create_step, STATUS_INVALID_PARAMETER, "create");
    expect_status(b, open_shm("s", u"nullloc"), STATUS_OBJECT_NAME_NOT_FOUND, "no object left");
    expect_status(b, create_shm("s", u"nullloc"), STATUS_SUCCESS);
    Step open_step = open_shm("s", u"nullloc");
    open_step.null_location = true;
    expect_status(a, open_step, STATUS_INVALID_PARAMETER, "open");
}

TEST_F(ArgumentChecks, InstanceNotFromAttachIsInvalidParameter) {
    auto &a = attached_peer("A");
    auto &b = attached_peer("B");
    const auto attached = expect_status(b, attach(), STATUS_SUCCESS, "second attach");
    // 0, garbage, and a real instance plus one.
    const uint64_t bogus[] = {0, 0xDEADBEEFull, attached.handle + 1};
    expect_status(b, create_shm("s", u"owned"), STATUS_SUCCESS);
    for (std::size_t i = 0; i < std::size(bogus); ++i) {
        const std::string row = "row " + std::to_string(i);
        Step create_step = create_shm("x", u"bogusinst");
        create_step.raw_instance = bogus[i];
        expect_status(a, create_step, STATUS_INVALID_PARAMETER, row + " create");
        Step open_step = open_shm("x", u"owned");
        open_step.raw_instance = bogus[i];
        expect_status(a, open_step, STATUS_INVALID_PARAMETER, row + " open");
        Step close_step = close("s");
        close_step.raw_instance = bogus[i];
        expect_status(b, close_step, STATUS_INVALID_PARAMETER, row + " close");
    }
    expect_status(b, open_shm("x", u"bogusinst"), STATUS_OBJECT_NAME_NOT_FOUND, "no object left");
}

}  // namespace
}  // namespace rtkref_it
