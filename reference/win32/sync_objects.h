// Named mutex, event and semaphore as kernel objects under the same prefix
// as sections, so they share the one namespace (the kernel refuses a name
// held by another kind with ERROR_INVALID_HANDLE).
#pragma once

#include <optional>
#include <string>

#include "rtk/RtkApi.h"
#include "rtkref/core/object_kind.h"
#include "rtkref/core/platform.h"

namespace rtkref::win32_backend {

struct KernelObject {
    NTSTATUS status = STATUS_SUCCESS;
    HANDLE handle = nullptr;
};

// Creates, or opens the existing object of that kind and name (D3).
KernelObject create_sync_object(ObjectKind kind, const std::optional<std::wstring> &kernel_name,
                                const SyncAttributes &attributes);
KernelObject open_sync_object(ObjectKind kind, const std::wstring &kernel_name);

}  // namespace rtkref::win32_backend
