/* Loader fixture: lacks the core exports RtkOpenSharedMemory and
 * RtkCloseHandle, so loading it must fail naming both. */
#include "rtk/RtkApi.h"

NTSTATUS RtkRtssAttach(ULONG MaxWFSO, RTSSINST *RtssInstPtr) {
    (void)MaxWFSO;
    if (RtssInstPtr != 0) *RtssInstPtr = 1u;
    return STATUS_SUCCESS;
}
NTSTATUS RtkRtssDetach(RTSSINST RtssInst) {
    (void)RtssInst;
    return STATUS_SUCCESS;
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
