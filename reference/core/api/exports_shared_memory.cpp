// RtkCreateSharedMemory, RtkOpenSharedMemory, RtkUnMapSharedMemory,
// RtkCloseHandle.
#include "argument_checks.h"
#include "rtk/RtkApi.h"

using namespace rtkref;

namespace {

NTSTATUS publish(const Grant &got, HANDLE *handle_out, void **location_out) {
    if (NT_SUCCESS(got.status)) {
        api::store_output(handle_out, reinterpret_cast<HANDLE>(got.handle));
        api::store_output(location_out, got.location);
    }
    return api::rtk_status(got.status);
}

}  // namespace

extern "C" {

RTKAPI NTSTATUS RtkCreateSharedMemory(RTSSINST RtssInst, HANDLE *SharedMemoryHandle, ULONG,
                                      ULONG MaximumSizeHigh, ULONG MaximumSizeLow,
                                      UNICODE_STRING *Name, void **Location) {
    auto instance = api::find_instance(RtssInst);
    if (!instance || !api::clear_output(SharedMemoryHandle) || !api::clear_output(Location)) {
        return STATUS_INVALID_PARAMETER;
    }
    if (MaximumSizeHigh != 0 || MaximumSizeLow == 0) return STATUS_INVALID_PARAMETER;
    NameCheck name = api::read_name(Name);
    if (name.fault != NameFault::none) return status_of(name.fault);
    return publish(instance->create(ObjectKind::shared_memory, name.name, MaximumSizeLow, {}),
                   SharedMemoryHandle, Location);
}

// DesiredAccess and InheritHandle are accepted and ignored: the subsystem
// always grants read and write (D7).
RTKAPI NTSTATUS RtkOpenSharedMemory(RTSSINST RtssInst, HANDLE *SharedMemoryHandle, ULONG, BOOLEAN,
                                    UNICODE_STRING *Name, void **Location) {
    auto instance = api::find_instance(RtssInst);
    if (!instance || !api::clear_output(SharedMemoryHandle) || !api::clear_output(Location)) {
        return STATUS_INVALID_PARAMETER;
    }
    NameCheck name = api::read_name(Name);
    if (name.fault != NameFault::none) return status_of(name.fault);
    if (!name.name) return STATUS_INVALID_PARAMETER;  // an unnamed object cannot be opened
    return publish(instance->open(ObjectKind::shared_memory, *name.name), SharedMemoryHandle,
                   Location);
}

RTKAPI NTSTATUS RtkUnMapSharedMemory(RTSSINST RtssInst, void *Location) {
    auto instance = api::find_instance(RtssInst);
    if (!instance || Location == nullptr) return STATUS_INVALID_PARAMETER;
    return instance->unmap(Location);
}

RTKAPI NTSTATUS RtkCloseHandle(RTSSINST RtssInst, HANDLE Object) {
    auto instance = api::find_instance(RtssInst);
    if (!instance || Object == nullptr) return STATUS_INVALID_PARAMETER;
    return instance->close(reinterpret_cast<uint64_t>(Object));
}

}  // extern "C"
