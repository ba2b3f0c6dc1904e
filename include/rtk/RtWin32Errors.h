/*
 * The Win32 error codes the user-mode calls (RtApi.h) leave as the last
 * error, and which one each NTSTATUS of the Rtk calls becomes
 * (CONFORMANCE.md D13).  Guarded, because <windows.h> defines the same
 * names with the same values.
 */
#ifndef RTK_RTWIN32ERRORS_H
#define RTK_RTWIN32ERRORS_H

#include "rtk/RtkApi.h"

#ifndef ERROR_SUCCESS
#define ERROR_SUCCESS 0L
#endif
#ifndef ERROR_INVALID_FUNCTION
#define ERROR_INVALID_FUNCTION 1L
#endif
#ifndef ERROR_FILE_NOT_FOUND
#define ERROR_FILE_NOT_FOUND 2L
#endif
#ifndef ERROR_INVALID_HANDLE
#define ERROR_INVALID_HANDLE 6L
#endif
#ifndef ERROR_NOT_ENOUGH_MEMORY
#define ERROR_NOT_ENOUGH_MEMORY 8L
#endif
#ifndef ERROR_GEN_FAILURE
#define ERROR_GEN_FAILURE 31L
#endif
#ifndef ERROR_DEV_NOT_EXIST
#define ERROR_DEV_NOT_EXIST 55L
#endif
#ifndef ERROR_INVALID_PARAMETER
#define ERROR_INVALID_PARAMETER 87L
#endif
#ifndef ERROR_INVALID_NAME
#define ERROR_INVALID_NAME 123L
#endif
#ifndef ERROR_ALREADY_EXISTS
#define ERROR_ALREADY_EXISTS 183L
#endif
#ifndef ERROR_FILENAME_EXCED_RANGE
#define ERROR_FILENAME_EXCED_RANGE 206L
#endif
#ifndef ERROR_LICENSE_QUOTA_EXCEEDED
#define ERROR_LICENSE_QUOTA_EXCEEDED 1395L
#endif
#ifndef ERROR_NO_SYSTEM_RESOURCES
#define ERROR_NO_SYSTEM_RESOURCES 1450L
#endif

/* The last error a user-mode call leaves where the Rtk call would return
 * `status`: NT's own translation for the pinned table, except
 * STATUS_NO_SUCH_DEVICE and STATUS_LICENSE_VIOLATION, which get codes of
 * their own. As on Windows, a name held by another kind
 * (STATUS_OBJECT_TYPE_MISMATCH) reads as ERROR_INVALID_HANDLE, and both
 * name statuses as ERROR_ALREADY_EXISTS. A status outside the table is
 * ERROR_GEN_FAILURE. */
static inline DWORD RtkWin32ErrorOfStatus(NTSTATUS status) {
    switch ((DWORD)status) {
        case 0x00000000uL:
            return ERROR_SUCCESS;
        case 0x40000000uL:
            return ERROR_ALREADY_EXISTS; /* OBJECT_NAME_EXISTS */
        case 0xC0000001uL:
            return ERROR_GEN_FAILURE; /* UNSUCCESSFUL */
        case 0xC0000002uL:
            return ERROR_INVALID_FUNCTION; /* NOT_IMPLEMENTED */
        case 0xC0000008uL:
            return ERROR_INVALID_HANDLE; /* INVALID_HANDLE */
        case 0xC000000DuL:
            return ERROR_INVALID_PARAMETER; /* INVALID_PARAMETER */
        case 0xC000000EuL:
            return ERROR_DEV_NOT_EXIST; /* NO_SUCH_DEVICE */
        case 0xC0000017uL:
            return ERROR_NOT_ENOUGH_MEMORY; /* NO_MEMORY */
        case 0xC0000024uL:
            return ERROR_INVALID_HANDLE; /* OBJECT_TYPE_MISMATCH */
        case 0xC0000033uL:
            return ERROR_INVALID_NAME; /* OBJECT_NAME_INVALID */
        case 0xC0000034uL:
            return ERROR_FILE_NOT_FOUND; /* OBJECT_NAME_NOT_FOUND */
        case 0xC0000035uL:
            return ERROR_ALREADY_EXISTS; /* OBJECT_NAME_COLLISION */
        case 0xC000009AuL:
            return ERROR_NO_SYSTEM_RESOURCES; /* INSUFFICIENT_RESOURCES */
        case 0xC0000106uL:
            return ERROR_FILENAME_EXCED_RANGE; /* NAME_TOO_LONG */
        case 0xC000026AuL:
            return ERROR_LICENSE_QUOTA_EXCEEDED; /* LICENSE_VIOLATION */
        default:
            return ERROR_GEN_FAILURE;
    }
}

#endif /* RTK_RTWIN32ERRORS_H */
