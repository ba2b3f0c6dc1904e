// RtkCreateSharedMemory, RtkOpenSharedMemory, RtkUnMapSharedMemory,
// RtkCloseHandle. The checks and their order are those of the Linux
// backend, so both references answer every bad call alike.
#include "api_context.h"

using namespace rtkref;
using namespace rtkref::win32_backend;

namespace {

// Outputs are cleared first, so a failed call never leaves stale values.
NTSTATUS check_outputs(HANDLE *handle_out, void **location_out) {
    if (!writable(handle_out, sizeof *handle_out)) return STATUS_INVALID_PARAMETER;
    *handle_out = nullptr;
    if (!writable(location_out, sizeof *location_out)) return STATUS_INVALID_PARAMETER;
    *location_out = nullptr;
    return STATUS_SUCCESS;
}

NTSTATUS publish(const Acquired &got, HANDLE *handle_out, void **location_out) {
    if (NT_SUCCESS(got.status)) {
        *handle_out = reinterpret_cast<HANDLE>(got.handle);
        *location_out = got.location;
    }
    return got.status;
}

}  // namespace

extern "C" {

RTKAPI NTSTATUS RtkCreateSharedMemory(RTSSINST RtssInst, HANDLE *SharedMemoryHandle, ULONG,
                                      ULONG MaximumSizeHigh, ULONG MaximumSizeLow,
                                      UNICODE_STRING *Name, void **Location) {
    auto instance = find_instance(RtssInst);
    if (!instance) return STATUS_INVALID_PARAMETER;
    if (NTSTATUS status = check_outputs(SharedMemoryHandle, Location); !NT_SUCCESS(status)) {
        return status;
    }
    if (MaximumSizeHigh != 0 || MaximumSizeLow == 0) return STATUS_INVALID_PARAMETER;
    NameCheck name = read_name(Name);
    if (name.fault != NameFault::none) return status_of(name.fault);
    return publish(instance->create_shared_memory(name.name, MaximumSizeLow), SharedMemoryHandle,
                   Location);
}

// DesiredAccess and InheritHandle are accepted and ignored: the subsystem
// always grants read and write (D7).
RTKAPI NTSTATUS RtkOpenSharedMemory(RTSSINST RtssInst, HANDLE *SharedMemoryHandle, ULONG, BOOLEAN,
                                    UNICODE_STRING *Name, void **Location) {
    auto instance = find_instance(RtssInst);
    if (!instance) return STATUS_INVALID_PARAMETER;
    if (NTSTATUS status = check_outputs(SharedMemoryHandle, Location); !NT_SUCCESS(status)) {
        return status;
    }
    NameCheck name = read_name(Name);
    if (name.fault != NameFault::none) return status_of(name.fault);
    if (!name.name) return STATUS_INVALID_PARAMETER;  // an unnamed object cannot be opened
    return publish(instance->open_shared_memory(*name.name), SharedMemoryHandle, Location);
}

RTKAPI NTSTATUS RtkUnMapSharedMemory(RTSSINST RtssInst, void *Location) {
    auto instance = find_instance(RtssInst);
    if (!instance || Location == nullptr) return STATUS_INVALID_PARAMETER;
    return instance->unmap(Location);
}

RTKAPI NTSTATUS RtkCloseHandle(RTSSINST RtssInst, HANDLE Object) {
    auto instance = find_instance(RtssInst);
    if (!instance || Object == nullptr) return STATUS_INVALID_PARAMETER;
    return instance->close(reinterpret_cast<uint64_t>(Object));
}

}  // extern "C"
