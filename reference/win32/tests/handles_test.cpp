// API handles (CONFORMANCE.md, "Handles and close", D6, "Attach"): never
// reused, per instance, and classified on close.
#include <windows.h>

#include "test_support.h"

namespace rtkref::win32_tests {
namespace {

using Handles = Attached;

HANDLE create_unnamed(RTSSINST inst) {
    HANDLE handle = nullptr;
    void *location = nullptr;
    EXPECT_STATUS(STATUS_SUCCESS,
                  RtkCreateSharedMemory(inst, &handle, 0, 0, 4096, nullptr, &location));
    return handle;
}

TEST_F(Handles, DoubleCloseIsUnsuccessful) {
    HANDLE handle = create_unnamed(inst_);
    EXPECT_STATUS(STATUS_SUCCESS, RtkCloseHandle(inst_, handle));
    EXPECT_STATUS(STATUS_UNSUCCESSFUL, RtkCloseHandle(inst_, handle));
}

TEST_F(Handles, NullHandleIsInvalidParameter) {
    EXPECT_STATUS(STATUS_INVALID_PARAMETER, RtkCloseHandle(inst_, nullptr));
}

TEST_F(Handles, NeverIssuedValuesAreInvalidHandle) {
    HANDLE issued = create_unnamed(inst_);
    HANDLE kernel = CreateEventW(nullptr, FALSE, FALSE, nullptr);  // a real kernel handle
    const HANDLE rows[] = {reinterpret_cast<HANDLE>(0x4), reinterpret_cast<HANDLE>(0x1234), kernel,
                           reinterpret_cast<HANDLE>(reinterpret_cast<uintptr_t>(issued) + 4),
                           INVALID_HANDLE_VALUE};
    int index = 0;
    for (HANDLE row : rows) {
        EXPECT_STATUS(STATUS_INVALID_HANDLE, RtkCloseHandle(inst_, row)) << "row " << index;
        ++index;
    }
    EXPECT_STATUS(STATUS_SUCCESS, RtkCloseHandle(inst_, issued)) << "the live handle was touched";
    CloseHandle(kernel);
}

TEST_F(Handles, ValuesAreNeverReused) {
    HANDLE first = create_unnamed(inst_);
    ASSERT_STATUS(STATUS_SUCCESS, RtkCloseHandle(inst_, first));
    HANDLE second = create_unnamed(inst_);
    EXPECT_NE(first, second);
    EXPECT_STATUS(STATUS_UNSUCCESSFUL, RtkCloseHandle(inst_, first));
    EXPECT_STATUS(STATUS_SUCCESS, RtkCloseHandle(inst_, second));
}

TEST_F(Handles, AnotherInstancesHandleIsRefusedAndUntouched) {
    RTSSINST other = 0;
    ASSERT_STATUS(STATUS_SUCCESS, RtkRtssAttach(1, &other));
    HANDLE theirs = create_unnamed(other);
    EXPECT_STATUS(STATUS_INVALID_HANDLE, RtkCloseHandle(inst_, theirs));
    EXPECT_STATUS(STATUS_SUCCESS, RtkCloseHandle(other, theirs));
    EXPECT_STATUS(STATUS_SUCCESS, RtkRtssDetach(other));
}

TEST_F(Handles, DetachClosesEveryHandleAndInvalidatesTheInstance) {
    RTSSINST other = 0;
    ASSERT_STATUS(STATUS_SUCCESS, RtkRtssAttach(1, &other));
    RtkName name(unique_name("detach"));
    HANDLE handle = nullptr;
    void *location = nullptr;
    ASSERT_STATUS(STATUS_SUCCESS,
                  RtkCreateSharedMemory(other, &handle, 0, 0, 4096, name.get(), &location));
    ASSERT_STATUS(STATUS_SUCCESS, RtkRtssDetach(other));
    EXPECT_STATUS(STATUS_OBJECT_NAME_NOT_FOUND,
                  RtkOpenSharedMemory(inst_, &handle, SHM_MAP_WRITE, FALSE, name.get(), &location));
    EXPECT_STATUS(STATUS_INVALID_PARAMETER, RtkCloseHandle(other, handle));
    EXPECT_STATUS(STATUS_INVALID_PARAMETER, RtkRtssDetach(other));
}

TEST(Attach, BadArgumentsAreInvalidParameter) {
    RTSSINST inst = 12345;
    EXPECT_STATUS(STATUS_INVALID_PARAMETER, RtkRtssAttach(0, &inst));
    EXPECT_EQ(0u, inst);
    EXPECT_STATUS(STATUS_INVALID_PARAMETER, RtkRtssAttach(1, nullptr));
    EXPECT_STATUS(STATUS_INVALID_PARAMETER, RtkRtssAttachEx(0, &inst, nullptr, nullptr));
    EXPECT_STATUS(STATUS_INVALID_PARAMETER, RtkRtssDetach(0));
    EXPECT_STATUS(STATUS_INVALID_PARAMETER, RtkRtssDetach(0x1234));
}

TEST_F(Handles, WaitAndSignalCallsAreNotImplementedAfterTheInstanceCheck) {
    HANDLE handle = create_unnamed(inst_);
    LONG previous = 0;
    EXPECT_STATUS(STATUS_NOT_IMPLEMENTED, RtkWaitForSingleObject(inst_, handle, 0));
    EXPECT_STATUS(STATUS_NOT_IMPLEMENTED, RtkWaitForMultipleObjects(inst_, 1, &handle, FALSE, 0));
    EXPECT_STATUS(STATUS_NOT_IMPLEMENTED, RtkReleaseMutex(inst_, handle));
    EXPECT_STATUS(STATUS_NOT_IMPLEMENTED, RtkSetEvent(inst_, handle));
    EXPECT_STATUS(STATUS_NOT_IMPLEMENTED, RtkResetEvent(inst_, handle));
    EXPECT_STATUS(STATUS_NOT_IMPLEMENTED, RtkPulseEvent(inst_, handle));
    EXPECT_STATUS(STATUS_NOT_IMPLEMENTED, RtkReleaseSemaphore(inst_, handle, 1, &previous));
    EXPECT_STATUS(STATUS_INVALID_PARAMETER, RtkWaitForSingleObject(0x99, handle, 0));
    EXPECT_STATUS(STATUS_INVALID_PARAMETER, RtkSetEvent(0x99, handle));
}

TEST_F(Handles, SemaphoreCountsAreChecked) {
    HANDLE handle = nullptr;
    const LONG rows[][2] = {{-1, 1}, {0, 0}, {2, 1}};
    int index = 0;
    for (const auto &row : rows) {
        EXPECT_STATUS(STATUS_INVALID_PARAMETER,
                      RtkCreateSemaphore(inst_, &handle, nullptr, row[0], row[1], nullptr))
            << "row " << index;
        ++index;
    }
}

}  // namespace
}  // namespace rtkref::win32_tests
