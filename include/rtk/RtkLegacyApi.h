/*
 * RtkLegacyApi.h: the older shape of the Rtk calls (before RTX64), as this
 * project pins it from the facts summarised in its notes (CONFORMANCE.md,
 * "Flavours"); not copied from any vendor header.
 *
 * A create or open returns the handle (NULL on failure) and, when
 * pErrorCode is not NULL, writes an error code through it: 0 when the call
 * succeeded.  The notes give this shape for the open; the create, the
 * close and the synchronisation objects' calls below are inferred from it
 * (an RtssInst first, pErrorCode second, then the current call's
 * arguments).  The notes name no unmap call of this API: a view goes
 * with its handle's close.  Attach and detach keep the current shape
 * (RtkApi.h).
 *
 * The functions carry the same names as the current ones, so one program
 * cannot declare both: this header only defines their pointer types, and
 * declares the functions when RTK_LEGACY_DECLARE_FUNCTIONS is defined (by
 * a library that implements them, instead of including RtkApi.h's
 * prototypes).
 */
#ifndef RTK_RTKLEGACYAPI_H
#define RTK_RTKLEGACYAPI_H

#include "rtk/RtkTypes.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef NTSTATUS (*RTK_LEGACY_ATTACH)(ULONG MaxWFSO, RTSSINST *RtssInstPtr);
typedef NTSTATUS (*RTK_LEGACY_DETACH)(RTSSINST RtssInst);
typedef HANDLE (*RTK_LEGACY_CREATE_SHARED_MEMORY)(RTSSINST RtssInst, ULONG *pErrorCode,
                                                  ULONG flProtect, ULONG MaximumSizeHigh,
                                                  ULONG MaximumSizeLow, UNICODE_STRING *lpName,
                                                  void **location);
typedef HANDLE (*RTK_LEGACY_OPEN_SHARED_MEMORY)(RTSSINST RtssInst, ULONG *pErrorCode,
                                                ULONG DesiredAccess, BOOL bInheritHandle,
                                                UNICODE_STRING *lpName, void **location);
typedef BOOL (*RTK_LEGACY_CLOSE_HANDLE)(RTSSINST RtssInst, ULONG *pErrorCode, HANDLE hObject);
typedef HANDLE (*RTK_LEGACY_CREATE_MUTEX)(RTSSINST RtssInst, ULONG *pErrorCode, void *Security,
                                          BOOL bInitialOwner, UNICODE_STRING *lpName);
typedef HANDLE (*RTK_LEGACY_OPEN_SYNC)(RTSSINST RtssInst, ULONG *pErrorCode, ULONG DesiredAccess,
                                       BOOL bInheritHandle, UNICODE_STRING *lpName);
typedef HANDLE (*RTK_LEGACY_CREATE_EVENT)(RTSSINST RtssInst, ULONG *pErrorCode, void *Security,
                                          BOOL bManualReset, BOOL bInitialState,
                                          UNICODE_STRING *lpName);
typedef HANDLE (*RTK_LEGACY_CREATE_SEMAPHORE)(RTSSINST RtssInst, ULONG *pErrorCode, void *Security,
                                              LONG lInitialCount, LONG lMaximumCount,
                                              UNICODE_STRING *lpName);

#if defined(RTK_LEGACY_DECLARE_FUNCTIONS)
RTKAPI NTSTATUS RtkRtssAttach(ULONG MaxWFSO, RTSSINST *RtssInstPtr);
RTKAPI NTSTATUS RtkRtssDetach(RTSSINST RtssInst);
RTKAPI HANDLE RtkCreateSharedMemory(RTSSINST RtssInst, ULONG *pErrorCode, ULONG flProtect,
                                    ULONG MaximumSizeHigh, ULONG MaximumSizeLow,
                                    UNICODE_STRING *lpName, void **location);
RTKAPI HANDLE RtkOpenSharedMemory(RTSSINST RtssInst, ULONG *pErrorCode, ULONG DesiredAccess,
                                  BOOL bInheritHandle, UNICODE_STRING *lpName, void **location);
RTKAPI BOOL RtkCloseHandle(RTSSINST RtssInst, ULONG *pErrorCode, HANDLE hObject);
RTKAPI HANDLE RtkCreateMutex(RTSSINST RtssInst, ULONG *pErrorCode, void *Security,
                             BOOL bInitialOwner, UNICODE_STRING *lpName);
RTKAPI HANDLE RtkOpenMutex(RTSSINST RtssInst, ULONG *pErrorCode, ULONG DesiredAccess,
                           BOOL bInheritHandle, UNICODE_STRING *lpName);
RTKAPI HANDLE RtkCreateEvent(RTSSINST RtssInst, ULONG *pErrorCode, void *Security,
                             BOOL bManualReset, BOOL bInitialState, UNICODE_STRING *lpName);
RTKAPI HANDLE RtkOpenEvent(RTSSINST RtssInst, ULONG *pErrorCode, ULONG DesiredAccess,
                           BOOL bInheritHandle, UNICODE_STRING *lpName);
RTKAPI HANDLE RtkCreateSemaphore(RTSSINST RtssInst, ULONG *pErrorCode, void *Security,
                                 LONG lInitialCount, LONG lMaximumCount, UNICODE_STRING *lpName);
RTKAPI HANDLE RtkOpenSemaphore(RTSSINST RtssInst, ULONG *pErrorCode, ULONG DesiredAccess,
                               BOOL bInheritHandle, UNICODE_STRING *lpName);
#endif

#ifdef __cplusplus
}
#endif

#endif /* RTK_RTKLEGACYAPI_H */
