/*
 * RtkApi.h: the Rtk shared-memory and synchronisation API as this project
 * pins it (see CONFORMANCE.md, "ABI").  Written from the published facts,
 * not from any vendor header.
 *
 * The binary contract is the Windows x64 one on every platform: ULONG is
 * 32-bit even on LP64 Linux, WCHAR is a 16-bit UTF-16 code unit, and
 * UNICODE_STRING lengths count bytes.  On Windows the platform's own
 * types are used; elsewhere this header defines fixed-width equivalents.
 */
#ifndef RTK_RTKAPI_H
#define RTK_RTKAPI_H

#include "rtk/RtkTypes.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef void (*PRTK_STOP_ROUTINE)(void *Context, LONG Reason);

RTKAPI NTSTATUS RtkRtssAttach(ULONG MaxWFSO, RTSSINST *RtssInstPtr);
RTKAPI NTSTATUS RtkRtssAttachEx(ULONG MaxWFSO, RTSSINST *RtssInstPtr, PRTK_STOP_ROUTINE Routine,
                                void *Context);
RTKAPI NTSTATUS RtkRtssDetach(RTSSINST RtssInst);

RTKAPI NTSTATUS RtkCreateSharedMemory(RTSSINST RtssInst, HANDLE *SharedMemoryHandle, ULONG Protect,
                                      ULONG MaximumSizeHigh, ULONG MaximumSizeLow,
                                      UNICODE_STRING *Name, void **Location);
RTKAPI NTSTATUS RtkOpenSharedMemory(RTSSINST RtssInst, HANDLE *SharedMemoryHandle,
                                    ULONG DesiredAccess, BOOLEAN InheritHandle,
                                    UNICODE_STRING *Name, void **Location);
RTKAPI NTSTATUS RtkUnMapSharedMemory(RTSSINST RtssInst, void *Location);
RTKAPI NTSTATUS RtkCloseHandle(RTSSINST RtssInst, HANDLE Object);

RTKAPI NTSTATUS RtkCreateMutex(RTSSINST RtssInst, HANDLE *MutexHandle, void *Security,
                               BOOLEAN InitialOwner, UNICODE_STRING *Name);
RTKAPI NTSTATUS RtkOpenMutex(RTSSINST RtssInst, HANDLE *MutexHandle, ULONG DesiredAccess,
                             BOOLEAN InheritHandle, UNICODE_STRING *Name);
RTKAPI NTSTATUS RtkReleaseMutex(RTSSINST RtssInst, HANDLE Mutex);

RTKAPI NTSTATUS RtkCreateEvent(RTSSINST RtssInst, HANDLE *EventHandle, void *Security,
                               BOOLEAN ManualReset, BOOLEAN InitialState, UNICODE_STRING *Name);
RTKAPI NTSTATUS RtkOpenEvent(RTSSINST RtssInst, HANDLE *EventHandle, ULONG DesiredAccess,
                             BOOLEAN InheritHandle, UNICODE_STRING *Name);
RTKAPI NTSTATUS RtkSetEvent(RTSSINST RtssInst, HANDLE Event);
RTKAPI NTSTATUS RtkResetEvent(RTSSINST RtssInst, HANDLE Event);
RTKAPI NTSTATUS RtkPulseEvent(RTSSINST RtssInst, HANDLE Event);

RTKAPI NTSTATUS RtkCreateSemaphore(RTSSINST RtssInst, HANDLE *SemaphoreHandle, void *Security,
                                   LONG InitialCount, LONG MaximumCount, UNICODE_STRING *Name);
RTKAPI NTSTATUS RtkOpenSemaphore(RTSSINST RtssInst, HANDLE *SemaphoreHandle, ULONG DesiredAccess,
                                 BOOLEAN InheritHandle, UNICODE_STRING *Name);
RTKAPI NTSTATUS RtkReleaseSemaphore(RTSSINST RtssInst, HANDLE Semaphore, LONG ReleaseCount,
                                    LONG *PreviousCount);

RTKAPI NTSTATUS RtkWaitForSingleObject(RTSSINST RtssInst, HANDLE Object, ULONG Milliseconds);
RTKAPI NTSTATUS RtkWaitForMultipleObjects(RTSSINST RtssInst, ULONG Count, const HANDLE *Handles,
                                          BOOLEAN WaitAll, ULONG Milliseconds);

#ifdef __cplusplus
}
#endif

#endif /* RTK_RTKAPI_H */
