/* The executor core's host services in kernel mode: nonpaged pool, a
 * synchronization event as the lock (a mutex would raise the IRQL above
 * PASSIVE_LEVEL, where the Rtk calls must be made), and the one question
 * about memory a driver can answer safely: is each page valid now. */
#include "agent_driver.h"

#define AGENT_POOL_TAG 0x67416b52u /* "RkAg" as pool tools show it */

void *agent_allocate(size_t bytes) {
    return ExAllocatePoolWithTag(NonPagedPoolNx, bytes, AGENT_POOL_TAG);
}

void agent_release(void *memory) {
    ExFreePoolWithTag(memory, AGENT_POOL_TAG);
}

void agent_event_lock(KEVENT *event) {
    KeWaitForSingleObject(event, Executive, KernelMode, FALSE, NULL);
}

void agent_event_unlock(KEVENT *event) {
    KeSetEvent(event, IO_NO_INCREMENT, FALSE);
}

static void *host_allocate(void *context, size_t bytes) {
    (void)context;
    return agent_allocate(bytes);
}

static void host_release(void *context, void *memory) {
    (void)context;
    agent_release(memory);
}

static void host_lock(void *context) {
    agent_event_lock(&((agent_device *)context)->lock);
}

static void host_unlock(void *context) {
    agent_event_unlock(&((agent_device *)context)->lock);
}

/* Every page of the range is valid, so touching it cannot fault. The
 * session's steps run in the context of the process that opened the
 * device, so a view mapped into that process is seen too. */
static int host_range_mapped(void *context, const void *address, uint64_t length) {
    const uintptr_t page = PAGE_SIZE;
    uintptr_t at = (uintptr_t)address & ~(page - 1);
    const uintptr_t end = (uintptr_t)address + (uintptr_t)length;
    (void)context;
    if (address == NULL || end < (uintptr_t)address) return 0;
    for (; at < end; at += page)
        if (!MmIsAddressValid((PVOID)at)) return 0;
    return 1;
}

/* Resident: valid pages. Whether they are locked a driver cannot ask. */
static int host_residency(void *context, const void *address, uint64_t length,
                          rtkconf_agent_residency *out) {
    const uintptr_t page = PAGE_SIZE;
    const uintptr_t begin = (uintptr_t)address & ~(page - 1);
    const uintptr_t end = ((uintptr_t)address + (uintptr_t)length + page - 1) & ~(page - 1);
    uintptr_t at;
    (void)context;
    out->resident = 0;
    out->total = (end - begin) / page;
    out->locked = 0;
    out->locked_known = 0;
    for (at = begin; at < end; at += page) out->resident += MmIsAddressValid((PVOID)at) ? 1 : 0;
    return 0;
}

void agent_host_init(agent_device *device) {
    KeInitializeEvent(&device->lock, SynchronizationEvent, TRUE);
    device->host.context = device;
    device->host.allocate = host_allocate;
    device->host.release = host_release;
    device->host.lock = host_lock;
    device->host.unlock = host_unlock;
    device->host.range_mapped = host_range_mapped;
    device->host.residency = host_residency;
    /* A write probe would need a fault handler around a kernel write:
     * writable_probe is answered "unsupported". */
    device->host.writable = NULL;
}
