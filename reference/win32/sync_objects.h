// Named mutex, event and semaphore as kernel objects under the same prefix
// as sections, so they share the one namespace (the kernel refuses a name
// held by another kind with ERROR_INVALID_HANDLE).
#pragma once

#include <optional>
#include <string>

#include "rtk/RtkApi.h"
#include "rtkref/core/object_kind.h"

namespace rtkref::win32_backend {

// What the create call of each kind needs besides the name.
struct SyncAttributes {
    bool initial_owner = false;  // mutex
    bool manual_reset = false;   // event
    bool initial_state = false;  // event
    LONG initial_count = 0;      // semaphore
    LONG maximum_count = 1;      // semaphore
};

struct KernelObject {
    NTSTATUS status = STATUS_SUCCESS;
    HANDLE handle = nullptr;
};

// Creates, or opens the existing object of that kind and name (D3).
KernelObject create_sync_object(ObjectKind kind, const std::optional<std::wstring> &kernel_name,
                                const SyncAttributes &attributes);
KernelObject open_sync_object(ObjectKind kind, const std::wstring &kernel_name);

}  // namespace rtkref::win32_backend
