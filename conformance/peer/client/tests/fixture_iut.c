/* A fixture implementation for the orchestrator's own tests. It shares
 * nothing between processes; it only makes what the peer passes visible:
 *   - attach: the instance is FIXTURE_INSTANCE from the environment (or 1);
 *   - create: a fresh zeroed, page-aligned private buffer of MaximumSizeLow
 *     bytes; the handle encodes Name's (Length << 16 | MaximumLength), or
 *     0xFFFF0000 | 1 for a NULL Name; Protect 0xDEAD never returns;
 *   - close: succeeds for any handle the fixture issued, else INVALID_HANDLE. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rtk/RtkApi.h"

NTSTATUS RtkRtssAttach(ULONG MaxWFSO, RTSSINST *RtssInstPtr) {
    const char *configured = getenv("FIXTURE_INSTANCE");
    if (MaxWFSO == 0 || RtssInstPtr == NULL) return STATUS_INVALID_PARAMETER;
    *RtssInstPtr = configured != NULL ? (RTSSINST)strtoull(configured, NULL, 0) : 1u;
    return STATUS_SUCCESS;
}

NTSTATUS RtkRtssDetach(RTSSINST RtssInst) {
    return RtssInst != 0 ? STATUS_SUCCESS : STATUS_INVALID_PARAMETER;
}

NTSTATUS RtkCreateSharedMemory(RTSSINST RtssInst, HANDLE *SharedMemoryHandle, ULONG Protect,
                               ULONG MaximumSizeHigh, ULONG MaximumSizeLow, UNICODE_STRING *Name,
                               void **Location) {
    volatile int forever = 1;
    size_t size;
    void *memory;
    (void)RtssInst;
    if (Protect == 0xDEADu) {
        while (forever) {
        }
    }
    if (SharedMemoryHandle == NULL || Location == NULL || MaximumSizeHigh != 0 ||
        MaximumSizeLow == 0)
        return STATUS_INVALID_PARAMETER;
    size = ((size_t)MaximumSizeLow + 4095u) & ~(size_t)4095u;
    /* Page-aligned by hand: msvcrt has no aligned_alloc. Never freed. */
    memory = malloc(size + 4096u);
    if (memory == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    memory = (void *)(((uintptr_t)memory + 4095u) & ~(uintptr_t)4095u);
    memset(memory, 0, size);
    *Location = memory;
    *SharedMemoryHandle =
        (HANDLE)(uintptr_t)(Name == NULL ? 0xFFFF0001u
                                         : ((uint32_t)Name->Length << 16 | Name->MaximumLength));
    return STATUS_SUCCESS;
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
    return Object != NULL ? STATUS_SUCCESS : STATUS_INVALID_HANDLE;
}
