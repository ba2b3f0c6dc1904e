// Mutex, event and semaphore: real named objects in the shared namespace,
// counted like shared memory. Their wait and signal calls are not
// implemented in this version (CONFORMANCE.md, "Mutex, event and
// semaphore").
#include "argument_checks.h"
#include "rtk/RtkApi.h"

using namespace rtkref;

namespace {

NTSTATUS create_object(RTSSINST inst, ObjectKind kind, HANDLE *handle_out, UNICODE_STRING *name,
                       const SyncAttributes &attributes) {
    auto instance = api::find_instance(inst);
    if (!instance || !api::clear_output(handle_out)) return STATUS_INVALID_PARAMETER;
    NameCheck checked = api::read_name(name);
    if (checked.fault != NameFault::none) return status_of(checked.fault);
    const Grant got = instance->create(kind, checked.name, 0, attributes);
    if (NT_SUCCESS(got.status)) {
        api::store_output(handle_out, reinterpret_cast<HANDLE>(got.handle));
    }
    return api::rtk_status(got.status);
}

NTSTATUS open_object(RTSSINST inst, ObjectKind kind, HANDLE *handle_out, UNICODE_STRING *name) {
    auto instance = api::find_instance(inst);
    if (!instance || !api::clear_output(handle_out)) return STATUS_INVALID_PARAMETER;
    NameCheck checked = api::read_name(name);
    if (checked.fault != NameFault::none) return status_of(checked.fault);
    if (!checked.name) return STATUS_INVALID_PARAMETER;
    const Grant got = instance->open(kind, *checked.name);
    if (NT_SUCCESS(got.status)) {
        api::store_output(handle_out, reinterpret_cast<HANDLE>(got.handle));
    }
    return got.status;
}

NTSTATUS not_implemented(RTSSINST inst) {
    return api::find_instance(inst) ? STATUS_NOT_IMPLEMENTED : STATUS_INVALID_PARAMETER;
}

}  // namespace

extern "C" {

RTKAPI NTSTATUS RtkCreateMutex(RTSSINST RtssInst, HANDLE *MutexHandle, void *, BOOLEAN InitialOwner,
                               UNICODE_STRING *Name) {
    SyncAttributes attributes;
    attributes.initial_owner = InitialOwner != 0;
    return create_object(RtssInst, ObjectKind::mutex, MutexHandle, Name, attributes);
}
RTKAPI NTSTATUS RtkOpenMutex(RTSSINST RtssInst, HANDLE *MutexHandle, ULONG, BOOLEAN,
                             UNICODE_STRING *Name) {
    return open_object(RtssInst, ObjectKind::mutex, MutexHandle, Name);
}
RTKAPI NTSTATUS RtkReleaseMutex(RTSSINST RtssInst, HANDLE) {
    return not_implemented(RtssInst);
}

RTKAPI NTSTATUS RtkCreateEvent(RTSSINST RtssInst, HANDLE *EventHandle, void *, BOOLEAN ManualReset,
                               BOOLEAN InitialState, UNICODE_STRING *Name) {
    SyncAttributes attributes;
    attributes.manual_reset = ManualReset != 0;
    attributes.initial_state = InitialState != 0;
    return create_object(RtssInst, ObjectKind::event, EventHandle, Name, attributes);
}
RTKAPI NTSTATUS RtkOpenEvent(RTSSINST RtssInst, HANDLE *EventHandle, ULONG, BOOLEAN,
                             UNICODE_STRING *Name) {
    return open_object(RtssInst, ObjectKind::event, EventHandle, Name);
}
RTKAPI NTSTATUS RtkSetEvent(RTSSINST RtssInst, HANDLE) {
    return not_implemented(RtssInst);
}
RTKAPI NTSTATUS RtkResetEvent(RTSSINST RtssInst, HANDLE) {
    return not_implemented(RtssInst);
}
RTKAPI NTSTATUS RtkPulseEvent(RTSSINST RtssInst, HANDLE) {
    return not_implemented(RtssInst);
}

RTKAPI NTSTATUS RtkCreateSemaphore(RTSSINST RtssInst, HANDLE *SemaphoreHandle, void *,
                                   LONG InitialCount, LONG MaximumCount, UNICODE_STRING *Name) {
    if (InitialCount < 0 || MaximumCount <= 0 || InitialCount > MaximumCount) {
        return STATUS_INVALID_PARAMETER;
    }
    SyncAttributes attributes;
    attributes.initial_count = InitialCount;
    attributes.maximum_count = MaximumCount;
    return create_object(RtssInst, ObjectKind::semaphore, SemaphoreHandle, Name, attributes);
}
RTKAPI NTSTATUS RtkOpenSemaphore(RTSSINST RtssInst, HANDLE *SemaphoreHandle, ULONG, BOOLEAN,
                                 UNICODE_STRING *Name) {
    return open_object(RtssInst, ObjectKind::semaphore, SemaphoreHandle, Name);
}
RTKAPI NTSTATUS RtkReleaseSemaphore(RTSSINST RtssInst, HANDLE, LONG, LONG *) {
    return not_implemented(RtssInst);
}

RTKAPI NTSTATUS RtkWaitForSingleObject(RTSSINST RtssInst, HANDLE, ULONG) {
    return not_implemented(RtssInst);
}
RTKAPI NTSTATUS RtkWaitForMultipleObjects(RTSSINST RtssInst, ULONG, const HANDLE *, BOOLEAN,
                                          ULONG) {
    return not_implemented(RtssInst);
}

}  // extern "C"
