/* Loader fixture: the five core exports and RtkCreateMutex, nothing else.
 * Each returns a distinctive value so the test can tell that the table
 * points at this library's functions. */
#include "rtk/RtkApi.h"

NTSTATUS RtkRtssAttach(ULONG MaxWFSO, RTSSINST *RtssInstPtr) {
    if (RtssInstPtr != 0) *RtssInstPtr = 0x5151u;
    return (NTSTATUS)MaxWFSO;
}
NTSTATUS RtkRtssDetach(RTSSINST RtssInst) {
    return RtssInst == 0x5151u ? 0 : STATUS_INVALID_PARAMETER;
}
NTSTATUS RtkCreateSharedMemory(RTSSINST RtssInst, HANDLE *SharedMemoryHandle, ULONG Protect,
                               ULONG MaximumSizeHigh, ULONG MaximumSizeLow, UNICODE_STRING *Name,
                               void **Location) {
    (void)RtssInst;
    (void)SharedMemoryHandle;
    (void)Protect;
    (void)MaximumSizeHigh;
    (void)MaximumSizeLow;
    (void)Name;
    (void)Location;
    return STATUS_NOT_IMPLEMENTED;
}
NTSTATUS RtkOpenSharedMemory(RTSSINST RtssInst, HANDLE *SharedMemoryHandle, ULONG DesiredAccess,
                             BOOLEAN InheritHandle, UNICODE_STRING *Name, void **Location) {
    (void)RtssInst;
    (void)SharedMemoryHandle;
    (void)DesiredAccess;
    (void)InheritHandle;
    (void)Name;
    (void)Location;
    return STATUS_OBJECT_NAME_NOT_FOUND;
}
NTSTATUS RtkCloseHandle(RTSSINST RtssInst, HANDLE Object) {
    (void)RtssInst;
    (void)Object;
    return STATUS_INVALID_HANDLE;
}
NTSTATUS RtkCreateMutex(RTSSINST RtssInst, HANDLE *MutexHandle, void *Security,
                        BOOLEAN InitialOwner, UNICODE_STRING *Name) {
    (void)RtssInst;
    (void)MutexHandle;
    (void)Security;
    (void)InitialOwner;
    (void)Name;
    return STATUS_SUCCESS;
}
