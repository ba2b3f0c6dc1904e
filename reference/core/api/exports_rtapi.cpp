// RtCreateSharedMemory, RtOpenSharedMemory, RtUnmapSharedMemory,
// RtCloseHandle: the user-mode calls, over the same namespace and the same
// checks as the Rtk calls (D1), with a handle or BOOL for a status and the
// reason as the last error (D13).
#include "argument_checks.h"
#include "rt_calls.h"

using namespace rtkref;

extern "C" {

RTKAPI HANDLE RtCreateSharedMemory(DWORD, DWORD MaximumSizeHigh, DWORD MaximumSizeLow,
                                   RTK_LPCWSTR lpName, void **location) {
    if (!api::clear_output(location)) return rt::fail(STATUS_INVALID_PARAMETER);
    if (MaximumSizeHigh != 0 || MaximumSizeLow == 0) return rt::fail(STATUS_INVALID_PARAMETER);
    NameCheck name = rt::read_wide_name(lpName);
    if (name.fault != NameFault::none) return rt::fail(status_of(name.fault));
    NTSTATUS status = STATUS_SUCCESS;
    auto instance = rt::process_instance(&status);
    if (!instance) return rt::fail(status);
    const Grant got =
        instance->create(ObjectKind::shared_memory, name.name, MaximumSizeLow, SyncAttributes{});
    if (!NT_SUCCESS(got.status)) return rt::fail(got.status);
    api::store_output(location, got.location);
    return rt::succeed(got.status, got.handle);
}

// dwDesiredAccess and bInheritHandle are accepted and ignored, as the Rtk
// open's (D7).
RTKAPI HANDLE RtOpenSharedMemory(DWORD, BOOL, RTK_LPCWSTR lpName, void **location) {
    if (!api::clear_output(location)) return rt::fail(STATUS_INVALID_PARAMETER);
    NameCheck name = rt::read_wide_name(lpName);
    if (name.fault != NameFault::none) return rt::fail(status_of(name.fault));
    if (!name.name) return rt::fail(STATUS_INVALID_PARAMETER);  // nothing unnamed opens
    NTSTATUS status = STATUS_SUCCESS;
    auto instance = rt::process_instance(&status);
    if (!instance) return rt::fail(status);
    const Grant got = instance->open(ObjectKind::shared_memory, *name.name);
    if (!NT_SUCCESS(got.status)) return rt::fail(got.status);
    api::store_output(location, got.location);
    return rt::succeed(got.status, got.handle);
}

RTKAPI BOOL RtUnmapSharedMemory(void *location) {
    auto instance = rt::existing_process_instance();
    if (!instance || location == nullptr) return rt::fail_bool(STATUS_INVALID_PARAMETER);
    const NTSTATUS status = instance->unmap(location);
    if (!NT_SUCCESS(status)) return rt::fail_bool(status);
    rt::succeed(status, 0);
    return TRUE;
}

RTKAPI BOOL RtCloseHandle(HANDLE hObject) {
    if (hObject == nullptr) return rt::fail_bool(STATUS_INVALID_PARAMETER);
    auto instance = rt::existing_process_instance();
    // Before any create or open this process holds nothing to close.
    if (!instance) return rt::fail_bool(STATUS_INVALID_HANDLE);
    const NTSTATUS status = instance->close(reinterpret_cast<uint64_t>(hObject));
    if (!NT_SUCCESS(status)) return rt::fail_bool(status);
    rt::succeed(status, 0);
    return TRUE;
}

}  // extern "C"
