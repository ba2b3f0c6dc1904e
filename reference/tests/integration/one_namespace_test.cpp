// Shared memory, mutexes, events and semaphores share one namespace: a
// name held by one kind is refused to the others, across processes.
#include "namespace_fixture.h"

namespace rtkref_it {
namespace {

using OneNamespace = NamespaceTest;

constexpr ObjectKind kOtherKinds[] = {ObjectKind::mutex, ObjectKind::event, ObjectKind::semaphore};

TEST_F(OneNamespace, SharedMemoryOnAnotherKindsNameIsInvalidHandle) {
    auto &a = attached_peer("A");
    auto &b = attached_peer("B");
    for (std::size_t i = 0; i < std::size(kOtherKinds); ++i) {
        const std::string row =
            "row " + std::to_string(i) + " (" + kind_label(kOtherKinds[i]) + ")";
        const std::u16string object = u"taken" + std::u16string(1, static_cast<char16_t>(u'0' + i));
        expect_status(a, create_kind(kOtherKinds[i], "o" + std::to_string(i), object),
                      STATUS_SUCCESS, row);
        expect_status(b, create_shm("s", object), STATUS_INVALID_HANDLE, row);
        expect_status(b, open_shm("s", object), STATUS_INVALID_HANDLE, row);
    }
}

TEST_F(OneNamespace, OtherKindsOnASharedMemoryNameAreInvalidHandle) {
    auto &a = attached_peer("A");
    auto &b = attached_peer("B");
    expect_status(a, create_shm("s", u"memory"), STATUS_SUCCESS);
    for (std::size_t i = 0; i < std::size(kOtherKinds); ++i) {
        const std::string row =
            "row " + std::to_string(i) + " (" + kind_label(kOtherKinds[i]) + ")";
        expect_status(b, create_kind(kOtherKinds[i], "o", u"memory"), STATUS_INVALID_HANDLE, row);
    }
    // The shared memory is untouched by the refused creates.
    expect_status(b, open_shm("s", u"memory"), STATUS_SUCCESS);
}

}  // namespace
}  // namespace rtkref_it
