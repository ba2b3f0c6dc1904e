/*
 * RtApi.h: the user-mode calls of the same subsystem (CONFORMANCE.md,
 * "Flavours"), as this project pins them from the facts summarised in its
 * notes; not copied from any vendor header.
 *
 * A process using these calls never attaches: its first call connects it.
 * Handles come back as the return value (NULL on failure) and the reason
 * of a failure is the thread's last error, a Win32 error code
 * (RtWin32Errors.h).  Names are NUL-terminated UTF-16 strings.  The
 * objects are the ones the Rtk calls make: one namespace, so a program
 * using Rtk calls and another using these share objects by name.
 *
 * On Windows the last error is the thread's own (GetLastError,
 * SetLastError).  Elsewhere there is no such thing, so the reference
 * exports RtGetLastError and RtSetLastError with the same meaning.
 */
#ifndef RTK_RTAPI_H
#define RTK_RTAPI_H

#include "rtk/RtkApi.h"
#include "rtk/RtWin32Errors.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef const WCHAR *RTK_LPCWSTR;

/* flProtect is ignored; MaximumSizeHigh must be 0. On an existing name the
 * handle is that object's, the size ignored, the last error
 * ERROR_ALREADY_EXISTS; a new object leaves the last error 0. */
RTKAPI HANDLE RtCreateSharedMemory(DWORD flProtect, DWORD MaximumSizeHigh, DWORD MaximumSizeLow,
                                   RTK_LPCWSTR lpName, void **location);
RTKAPI HANDLE RtOpenSharedMemory(DWORD dwDesiredAccess, BOOL bInheritHandle, RTK_LPCWSTR lpName,
                                 void **location);
/* Unmaps the view starting at `location`; the handle stays open. */
RTKAPI BOOL RtUnmapSharedMemory(void *location);
/* Closes any handle these calls returned; the last close destroys. */
RTKAPI BOOL RtCloseHandle(HANDLE hObject);

RTKAPI HANDLE RtCreateMutex(void *lpMutexAttributes, BOOL bInitialOwner, RTK_LPCWSTR lpName);
RTKAPI HANDLE RtOpenMutex(DWORD dwDesiredAccess, BOOL bInheritHandle, RTK_LPCWSTR lpName);
RTKAPI HANDLE RtCreateEvent(void *lpEventAttributes, BOOL bManualReset, BOOL bInitialState,
                            RTK_LPCWSTR lpName);
RTKAPI HANDLE RtOpenEvent(DWORD dwDesiredAccess, BOOL bInheritHandle, RTK_LPCWSTR lpName);
RTKAPI HANDLE RtCreateSemaphore(void *lpSemaphoreAttributes, LONG lInitialCount, LONG lMaximumCount,
                                RTK_LPCWSTR lpName);
RTKAPI HANDLE RtOpenSemaphore(DWORD dwDesiredAccess, BOOL bInheritHandle, RTK_LPCWSTR lpName);

/* The calling thread's last error. Exported by the reference where the
 * platform has no GetLastError (Linux); on Windows use the platform's. */
RTKAPI DWORD RtGetLastError(void);
RTKAPI void RtSetLastError(DWORD dwErrCode);

#ifdef __cplusplus
}
#endif

#endif /* RTK_RTAPI_H */
