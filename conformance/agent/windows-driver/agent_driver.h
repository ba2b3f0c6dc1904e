/* The RtkConfAgent driver's own declarations: the device's state and the
 * host services the executor core gets in kernel mode. */
#ifndef RTKCONF_AGENT_DRIVER_H
#define RTKCONF_AGENT_DRIVER_H

/* ntifs.h first: it declares SeTokenIsAdmin, and includes ntddk.h. */
#include <ntifs.h>
#include <ntddk.h>

#include "rtk/RtkApi.h"
#include "rtkconf/agent/executor.h"

/* The device extension: one agent per driver (attach policy "shared"). */
typedef struct agent_device {
    KEVENT lock; /* the core's agent lock (an event: waiting keeps PASSIVE_LEVEL) */
    rtkconf_agent_rtk_table rtk;
    rtkconf_agent_host host;
    rtkconf_agent *agent;
} agent_device;

/* FileObject->FsContext: one session per open of the device. */
typedef struct file_session {
    KEVENT busy; /* one step at a time on a file object */
    rtkconf_agent_session *session;
} file_session;

/* kernel_host.c */
void agent_host_init(agent_device *device);
void *agent_allocate(size_t bytes);
void agent_release(void *memory);
void agent_event_lock(KEVENT *event);
void agent_event_unlock(KEVENT *event);

/* rtk_imports.c: the table of the Rtk functions this driver imports. */
void agent_rtk_table(rtkconf_agent_rtk_table *table);

#endif /* RTKCONF_AGENT_DRIVER_H */
