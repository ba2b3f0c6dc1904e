/*
 * executor.h: the agent's executor core.  It takes one request frame,
 * validates it, makes the step's Rtk call through a table of function
 * pointers, and writes one reply frame.  The hosts (the user-mode loopback
 * host, the Windows driver) only move frames and supply the services
 * below.
 *
 * Kernel-friendly by construction: C11, no library beyond memcpy, memset
 * and memcmp, no allocation except through the host's allocator, no
 * recursion, no large locals (the build rejects frames over 1 KiB).
 *
 * Threads: calls on different sessions may run at the same time (the Rtk
 * calls of racing tests must); the core takes the host's lock around the
 * little state the sessions share.  Calls on one session must not overlap:
 * the host serialises them (one pipe per session, or a lock per file
 * object in the driver).
 */
#ifndef RTKCONF_AGENT_EXECUTOR_H
#define RTKCONF_AGENT_EXECUTOR_H

#include <stddef.h>
#include <stdint.h>

#include "rtk/RtkApi.h"
#include "rtkconf/agent/protocol.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The implementation's functions.  The first five are required; a NULL
 * optional one makes the steps that need it "not called". */
typedef struct rtkconf_agent_rtk_table {
    NTSTATUS (*RtkRtssAttach)(ULONG MaxWFSO, RTSSINST *RtssInstPtr);
    NTSTATUS (*RtkRtssDetach)(RTSSINST RtssInst);
    NTSTATUS(*RtkCreateSharedMemory)
    (RTSSINST RtssInst, HANDLE *SharedMemoryHandle, ULONG Protect, ULONG MaximumSizeHigh,
     ULONG MaximumSizeLow, UNICODE_STRING *Name, void **Location);
    NTSTATUS(*RtkOpenSharedMemory)
    (RTSSINST RtssInst, HANDLE *SharedMemoryHandle, ULONG DesiredAccess, BOOLEAN InheritHandle,
     UNICODE_STRING *Name, void **Location);
    NTSTATUS (*RtkCloseHandle)(RTSSINST RtssInst, HANDLE Object);
    NTSTATUS(*RtkRtssAttachEx)
    (ULONG MaxWFSO, RTSSINST *RtssInstPtr, PRTK_STOP_ROUTINE Routine, void *Context);
    NTSTATUS (*RtkUnMapSharedMemory)(RTSSINST RtssInst, void *Location);
    NTSTATUS(*RtkCreateMutex)
    (RTSSINST RtssInst, HANDLE *MutexHandle, void *Security, BOOLEAN InitialOwner,
     UNICODE_STRING *Name);
    NTSTATUS(*RtkOpenMutex)
    (RTSSINST RtssInst, HANDLE *MutexHandle, ULONG DesiredAccess, BOOLEAN InheritHandle,
     UNICODE_STRING *Name);
    NTSTATUS(*RtkCreateEvent)
    (RTSSINST RtssInst, HANDLE *EventHandle, void *Security, BOOLEAN ManualReset,
     BOOLEAN InitialState, UNICODE_STRING *Name);
    NTSTATUS(*RtkOpenEvent)
    (RTSSINST RtssInst, HANDLE *EventHandle, ULONG DesiredAccess, BOOLEAN InheritHandle,
     UNICODE_STRING *Name);
    NTSTATUS(*RtkCreateSemaphore)
    (RTSSINST RtssInst, HANDLE *SemaphoreHandle, void *Security, LONG InitialCount,
     LONG MaximumCount, UNICODE_STRING *Name);
    NTSTATUS(*RtkOpenSemaphore)
    (RTSSINST RtssInst, HANDLE *SemaphoreHandle, ULONG DesiredAccess, BOOLEAN InheritHandle,
     UNICODE_STRING *Name);
} rtkconf_agent_rtk_table;

/* What the resident step learns about a range. */
typedef struct rtkconf_agent_residency {
    uint64_t resident; /* pages resident */
    uint64_t total;    /* pages in the range */
    int locked;        /* every page is locked in memory */
    int locked_known;  /* the platform can tell (wine cannot) */
} rtkconf_agent_residency;

/* Services of the host.  Every function receives `context`.  Called with
 * no lock of the core held, except that lock/unlock bracket short
 * sections that never call back into the host or the implementation. */
typedef struct rtkconf_agent_host {
    void *context;
    /* Required.  allocate returns NULL on failure; release(NULL) is not called. */
    void *(*allocate)(void *context, size_t bytes);
    void (*release)(void *context, void *memory);
    /* Required: the one lock of the agent (sessions list, shared instance,
     * handle ownership).  Not recursive; never held across an Rtk call. */
    void (*lock)(void *context);
    void (*unlock)(void *context);
    /* Optional memory questions about this host's address space; NULL
     * makes the step that needs one "not called (unsupported)".
     * range_mapped: every page of [address, address+length) is mapped.
     * residency: 0 on success.  writable: 0 on success, *writable set
     * without faulting. */
    int (*range_mapped)(void *context, const void *address, uint64_t length);
    int (*residency)(void *context, const void *address, uint64_t length,
                     rtkconf_agent_residency *out);
    int (*writable)(void *context, void *address, int *writable);
} rtkconf_agent_host;

/* Limits of one session (PROTOCOL.md, "Limits"). */
#define RTKCONF_AGENT_MAX_RECORDS 8192u /* handles acquired and not yet closed, with slots */
#define RTKCONF_AGENT_MAX_INSTANCES 16u /* instances a session attached and did not detach */

typedef struct rtkconf_agent rtkconf_agent;
typedef struct rtkconf_agent_session rtkconf_agent_session;

/* Creates the agent; NULL when the allocation fails or a required
 * function or service is missing.  `rtk` and `host` must outlive it. */
rtkconf_agent *rtkconf_agent_create(const rtkconf_agent_rtk_table *rtk,
                                    const rtkconf_agent_host *host, uint32_t attach_policy);

/* Ends every session still open, detaches the shared instance (if any),
 * and frees the agent.  No call on any of its sessions may be running. */
void rtkconf_agent_destroy(rtkconf_agent *agent);

/* A new session (an open of the device, a connection); NULL on allocation failure. */
rtkconf_agent_session *rtkconf_agent_session_open(rtkconf_agent *agent);

/* Runs one step.  `request` and `reply` may be the same buffer (METHOD_BUFFERED).
 * Returns RTKCONF_AGENT_REPLY_SIZE, or 0 when reply_capacity is too small
 * (then nothing was run).  Never fails otherwise: every input, however
 * malformed, gets a reply. */
size_t rtkconf_agent_step(rtkconf_agent_session *session, const void *request, size_t request_size,
                          void *reply, size_t reply_capacity);

/* The session ends, as a process ends: every view it holds is unmapped,
 * every handle closed, every instance it attached detached (never the
 * shared one).  The session stays open and starts afresh. */
void rtkconf_agent_session_end(rtkconf_agent_session *session);

/* Ends the session if needed and frees it. */
void rtkconf_agent_session_close(rtkconf_agent_session *session);

#ifdef __cplusplus
}
#endif

#endif /* RTKCONF_AGENT_EXECUTOR_H */
