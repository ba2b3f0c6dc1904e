// The older Rtk shape (RtkLegacyApi.h), for rtkref_legacy: the same
// objects, namespace and checks (D1) as the current calls, with the handle
// returned and the status written through pErrorCode (D14): 0 when the
// call succeeded, the NTSTATUS the current call would return otherwise.
// A library of its own, since its functions carry the current ones' names.
#define RTK_LEGACY_DECLARE_FUNCTIONS
#include "rtk/RtkLegacyApi.h"

#include "argument_checks.h"

using namespace rtkref;

namespace {

// Writes the code where the caller asked for it: NULL means "not wanted",
// and memory we cannot write is left alone rather than faulted on.
void report(ULONG *error_code, NTSTATUS status) {
    if (error_code == nullptr || !platform::caller_memory_writable(error_code, sizeof *error_code))
        return;
    api::store_output(error_code, NT_SUCCESS(status) ? ULONG{0} : static_cast<ULONG>(status));
}

HANDLE handle_or_null(ULONG *error_code, const Grant &got) {
    report(error_code, got.status);
    return NT_SUCCESS(got.status) ? reinterpret_cast<HANDLE>(got.handle) : nullptr;
}

HANDLE refuse(ULONG *error_code, NTSTATUS status) {
    report(error_code, status);
    return nullptr;
}

HANDLE create_object(RTSSINST inst, ULONG *error_code, ObjectKind kind, UNICODE_STRING *name,
                     const SyncAttributes &attributes) {
    auto instance = api::find_instance(inst);
    if (!instance) return refuse(error_code, STATUS_INVALID_PARAMETER);
    NameCheck checked = api::read_name(name);
    if (checked.fault != NameFault::none) return refuse(error_code, status_of(checked.fault));
    return handle_or_null(error_code, instance->create(kind, checked.name, 0, attributes));
}

HANDLE open_object(RTSSINST inst, ULONG *error_code, ObjectKind kind, UNICODE_STRING *name) {
    auto instance = api::find_instance(inst);
    if (!instance) return refuse(error_code, STATUS_INVALID_PARAMETER);
    NameCheck checked = api::read_name(name);
    if (checked.fault != NameFault::none) return refuse(error_code, status_of(checked.fault));
    if (!checked.name) return refuse(error_code, STATUS_INVALID_PARAMETER);
    return handle_or_null(error_code, instance->open(kind, *checked.name));
}

}  // namespace

extern "C" {

RTKAPI HANDLE RtkCreateSharedMemory(RTSSINST RtssInst, ULONG *pErrorCode, ULONG,
                                    ULONG MaximumSizeHigh, ULONG MaximumSizeLow,
                                    UNICODE_STRING *lpName, void **location) {
    auto instance = api::find_instance(RtssInst);
    if (!instance || !api::clear_output(location))
        return refuse(pErrorCode, STATUS_INVALID_PARAMETER);
    if (MaximumSizeHigh != 0 || MaximumSizeLow == 0)
        return refuse(pErrorCode, STATUS_INVALID_PARAMETER);
    NameCheck name = api::read_name(lpName);
    if (name.fault != NameFault::none) return refuse(pErrorCode, status_of(name.fault));
    const Grant got =
        instance->create(ObjectKind::shared_memory, name.name, MaximumSizeLow, SyncAttributes{});
    if (NT_SUCCESS(got.status)) api::store_output(location, got.location);
    return handle_or_null(pErrorCode, got);
}

RTKAPI HANDLE RtkOpenSharedMemory(RTSSINST RtssInst, ULONG *pErrorCode, ULONG, BOOL,
                                  UNICODE_STRING *lpName, void **location) {
    auto instance = api::find_instance(RtssInst);
    if (!instance || !api::clear_output(location))
        return refuse(pErrorCode, STATUS_INVALID_PARAMETER);
    NameCheck name = api::read_name(lpName);
    if (name.fault != NameFault::none) return refuse(pErrorCode, status_of(name.fault));
    if (!name.name) return refuse(pErrorCode, STATUS_INVALID_PARAMETER);
    const Grant got = instance->open(ObjectKind::shared_memory, *name.name);
    if (NT_SUCCESS(got.status)) api::store_output(location, got.location);
    return handle_or_null(pErrorCode, got);
}

RTKAPI BOOL RtkCloseHandle(RTSSINST RtssInst, ULONG *pErrorCode, HANDLE hObject) {
    auto instance = api::find_instance(RtssInst);
    const NTSTATUS status = !instance || hObject == nullptr
                                ? STATUS_INVALID_PARAMETER
                                : instance->close(reinterpret_cast<uint64_t>(hObject));
    report(pErrorCode, status);
    return NT_SUCCESS(status) ? TRUE : FALSE;
}

RTKAPI HANDLE RtkCreateMutex(RTSSINST RtssInst, ULONG *pErrorCode, void *, BOOL bInitialOwner,
                             UNICODE_STRING *lpName) {
    SyncAttributes attributes;
    attributes.initial_owner = bInitialOwner != 0;
    return create_object(RtssInst, pErrorCode, ObjectKind::mutex, lpName, attributes);
}
RTKAPI HANDLE RtkOpenMutex(RTSSINST RtssInst, ULONG *pErrorCode, ULONG, BOOL,
                           UNICODE_STRING *lpName) {
    return open_object(RtssInst, pErrorCode, ObjectKind::mutex, lpName);
}

RTKAPI HANDLE RtkCreateEvent(RTSSINST RtssInst, ULONG *pErrorCode, void *, BOOL bManualReset,
                             BOOL bInitialState, UNICODE_STRING *lpName) {
    SyncAttributes attributes;
    attributes.manual_reset = bManualReset != 0;
    attributes.initial_state = bInitialState != 0;
    return create_object(RtssInst, pErrorCode, ObjectKind::event, lpName, attributes);
}
RTKAPI HANDLE RtkOpenEvent(RTSSINST RtssInst, ULONG *pErrorCode, ULONG, BOOL,
                           UNICODE_STRING *lpName) {
    return open_object(RtssInst, pErrorCode, ObjectKind::event, lpName);
}

RTKAPI HANDLE RtkCreateSemaphore(RTSSINST RtssInst, ULONG *pErrorCode, void *, LONG lInitialCount,
                                 LONG lMaximumCount, UNICODE_STRING *lpName) {
    if (lInitialCount < 0 || lMaximumCount <= 0 || lInitialCount > lMaximumCount)
        return refuse(pErrorCode, STATUS_INVALID_PARAMETER);
    SyncAttributes attributes;
    attributes.initial_count = lInitialCount;
    attributes.maximum_count = lMaximumCount;
    return create_object(RtssInst, pErrorCode, ObjectKind::semaphore, lpName, attributes);
}
RTKAPI HANDLE RtkOpenSemaphore(RTSSINST RtssInst, ULONG *pErrorCode, ULONG, BOOL,
                               UNICODE_STRING *lpName) {
    return open_object(RtssInst, pErrorCode, ObjectKind::semaphore, lpName);
}

}  // extern "C"
