#include "win32_error_status.h"

namespace rtkref::win32_backend {

NTSTATUS status_from_win32_error(DWORD error) {
    switch (error) {
        case ERROR_SUCCESS:
            return STATUS_SUCCESS;
        // The kernel's answer when a name is held by another kind of
        // object: the page names STATUS_INVALID_HANDLE for exactly this.
        case ERROR_INVALID_HANDLE:
            return STATUS_INVALID_HANDLE;
        case ERROR_FILE_NOT_FOUND:
        case ERROR_PATH_NOT_FOUND:
            return STATUS_OBJECT_NAME_NOT_FOUND;  // D4
        case ERROR_INVALID_NAME:
        case ERROR_BAD_PATHNAME:
            return STATUS_OBJECT_NAME_INVALID;
        case ERROR_FILENAME_EXCED_RANGE:
            return STATUS_NAME_TOO_LONG;
        case ERROR_INVALID_PARAMETER:
            return STATUS_INVALID_PARAMETER;
        // D9: memory that cannot be committed, mapped or locked.
        case ERROR_NOT_ENOUGH_MEMORY:
        case ERROR_OUTOFMEMORY:
        case ERROR_COMMITMENT_LIMIT:
        case ERROR_NO_SYSTEM_RESOURCES:
        case ERROR_WORKING_SET_QUOTA:
        case ERROR_NOT_ENOUGH_QUOTA:
        case ERROR_PAGEFILE_QUOTA:
        case ERROR_DISK_FULL:
            return STATUS_INSUFFICIENT_RESOURCES;
        default:
            return STATUS_UNSUCCESSFUL;
    }
}

}  // namespace rtkref::win32_backend
