#include "sync_objects.h"

#include "win32_error_status.h"

namespace rtkref::win32_backend {
namespace {

KernelObject result_of(HANDLE handle) {
    if (handle == nullptr) return {status_from_win32_error(GetLastError()), nullptr};
    return {STATUS_SUCCESS, handle};
}

// A create that found the name taken by its own kind opened that object.
KernelObject created(HANDLE handle) {
    const DWORD error = GetLastError();
    KernelObject result = result_of(handle);
    if (handle != nullptr && error == ERROR_ALREADY_EXISTS)
        result.status = STATUS_OBJECT_NAME_EXISTS;
    return result;
}

}  // namespace

KernelObject create_sync_object(ObjectKind kind, const std::optional<std::wstring> &kernel_name,
                                const SyncAttributes &attributes) {
    const wchar_t *name = kernel_name ? kernel_name->c_str() : nullptr;
    switch (kind) {
        case ObjectKind::mutex:
            SetLastError(ERROR_SUCCESS);
            return created(CreateMutexW(nullptr, attributes.initial_owner, name));
        case ObjectKind::event:
            SetLastError(ERROR_SUCCESS);
            return created(
                CreateEventW(nullptr, attributes.manual_reset, attributes.initial_state, name));
        case ObjectKind::semaphore:
            SetLastError(ERROR_SUCCESS);
            return created(CreateSemaphoreW(nullptr, attributes.initial_count,
                                            attributes.maximum_count, name));
        case ObjectKind::shared_memory:
            break;
    }
    return {STATUS_INVALID_PARAMETER, nullptr};
}

KernelObject open_sync_object(ObjectKind kind, const std::wstring &kernel_name) {
    const wchar_t *name = kernel_name.c_str();
    switch (kind) {
        case ObjectKind::mutex:
            return result_of(OpenMutexW(MUTEX_ALL_ACCESS, FALSE, name));
        case ObjectKind::event:
            return result_of(OpenEventW(EVENT_ALL_ACCESS, FALSE, name));
        case ObjectKind::semaphore:
            return result_of(OpenSemaphoreW(SEMAPHORE_ALL_ACCESS, FALSE, name));
        case ObjectKind::shared_memory:
            break;
    }
    return {STATUS_INVALID_PARAMETER, nullptr};
}

}  // namespace rtkref::win32_backend
