// RtCreateMutex, RtOpenMutex, RtCreateEvent, RtOpenEvent,
// RtCreateSemaphore, RtOpenSemaphore: the user-mode twins of the Rtk
// calls in exports_sync.cpp, over the same namespace.
#include "rt_calls.h"

using namespace rtkref;

namespace {

HANDLE create_object(ObjectKind kind, RTK_LPCWSTR lpName, const SyncAttributes &attributes) {
    NameCheck name = rt::read_wide_name(lpName);
    if (name.fault != NameFault::none) return rt::fail(status_of(name.fault));
    NTSTATUS status = STATUS_SUCCESS;
    auto instance = rt::process_instance(&status);
    if (!instance) return rt::fail(status);
    const Grant got = instance->create(kind, name.name, 0, attributes);
    if (!NT_SUCCESS(got.status)) return rt::fail(got.status);
    return rt::succeed(got.status, got.handle);
}

HANDLE open_object(ObjectKind kind, RTK_LPCWSTR lpName) {
    NameCheck name = rt::read_wide_name(lpName);
    if (name.fault != NameFault::none) return rt::fail(status_of(name.fault));
    if (!name.name) return rt::fail(STATUS_INVALID_PARAMETER);
    NTSTATUS status = STATUS_SUCCESS;
    auto instance = rt::process_instance(&status);
    if (!instance) return rt::fail(status);
    const Grant got = instance->open(kind, *name.name);
    if (!NT_SUCCESS(got.status)) return rt::fail(got.status);
    return rt::succeed(got.status, got.handle);
}

}  // namespace

extern "C" {

RTKAPI HANDLE RtCreateMutex(void *, BOOL bInitialOwner, RTK_LPCWSTR lpName) {
    SyncAttributes attributes;
    attributes.initial_owner = bInitialOwner != 0;
    return create_object(ObjectKind::mutex, lpName, attributes);
}
RTKAPI HANDLE RtOpenMutex(DWORD, BOOL, RTK_LPCWSTR lpName) {
    return open_object(ObjectKind::mutex, lpName);
}

RTKAPI HANDLE RtCreateEvent(void *, BOOL bManualReset, BOOL bInitialState, RTK_LPCWSTR lpName) {
    SyncAttributes attributes;
    attributes.manual_reset = bManualReset != 0;
    attributes.initial_state = bInitialState != 0;
    return create_object(ObjectKind::event, lpName, attributes);
}
RTKAPI HANDLE RtOpenEvent(DWORD, BOOL, RTK_LPCWSTR lpName) {
    return open_object(ObjectKind::event, lpName);
}

RTKAPI HANDLE RtCreateSemaphore(void *, LONG lInitialCount, LONG lMaximumCount,
                                RTK_LPCWSTR lpName) {
    if (lInitialCount < 0 || lMaximumCount <= 0 || lInitialCount > lMaximumCount) {
        return rt::fail(STATUS_INVALID_PARAMETER);
    }
    SyncAttributes attributes;
    attributes.initial_count = lInitialCount;
    attributes.maximum_count = lMaximumCount;
    return create_object(ObjectKind::semaphore, lpName, attributes);
}
RTKAPI HANDLE RtOpenSemaphore(DWORD, BOOL, RTK_LPCWSTR lpName) {
    return open_object(ObjectKind::semaphore, lpName);
}

}  // extern "C"
