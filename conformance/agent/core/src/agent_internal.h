/* The executor core's own state.  Private to core/src: do not include
 * from anywhere else. */
#ifndef RTKCONF_AGENT_INTERNAL_H
#define RTKCONF_AGENT_INTERNAL_H

#include "rtkconf/agent/executor.h"

/* A name's storage: the longest name, plus room for whatever Length or
 * MaximumLength claim (up to 65535 bytes) and a terminating unit. */
#define NAME_STORAGE_UNITS 32770u

/* A handle or view the session acquired. */
typedef struct record {
    uint32_t slot;     /* RTKCONF_AGENT_NO_SLOT once no step can name it */
    uint64_t handle;   /* as the implementation wrote it */
    RTSSINST instance; /* the instance it was acquired with */
    void *location;    /* the view, or NULL */
    uint64_t size;     /* the size this session created it with; 0 if unknown */
    unsigned char unmapped, closed;
} record;

struct rtkconf_agent_session {
    rtkconf_agent *agent;
    rtkconf_agent_session *next;
    /* As the peer keeps them: the instance later calls use, and whether a
     * detach of it succeeded (then release_all leaves all to the implementation). */
    RTSSINST instance;
    int detached;
    /* Instances this session attached and has not detached (never the shared one). */
    RTSSINST attached[RTKCONF_AGENT_MAX_INSTANCES];
    uint32_t attached_count;
    record *records; /* guarded by the agent's lock: other sessions read them */
    uint32_t record_count, record_capacity;
    /* The step being run: kept here, not on the stack. */
    uint16_t *name;
    UNICODE_STRING name_string;
    rtkconf_agent_request request;
    rtkconf_agent_reply reply;
};

struct rtkconf_agent {
    const rtkconf_agent_rtk_table *rtk;
    const rtkconf_agent_host *host;
    uint32_t policy;
    RTSSINST shared_instance; /* ATTACH_SHARED: the driver's one instance */
    int shared_attached;
    rtkconf_agent_session *sessions;
};

/* Helpers shared by the core's files (core_: internal names of the library). */
void core_agent_lock(rtkconf_agent *agent);
void core_agent_unlock(rtkconf_agent *agent);
void core_not_called(rtkconf_agent_session *s, uint32_t reason, uint64_t fact0, uint64_t fact1);
RTSSINST core_instance_for(const rtkconf_agent_session *s);
HANDLE core_to_handle(uint64_t value);
uint64_t core_from_pointer(const void *pointer);

/* records.c */
record *core_find_slot(rtkconf_agent_session *s, uint32_t slot);
int core_reserve_record(rtkconf_agent_session *s); /* 0, or the reason it cannot */
void core_add_record(rtkconf_agent_session *s, const record *r);
void core_mark_closed(rtkconf_agent_session *s, record *r);
void core_mark_unmapped(rtkconf_agent_session *s, record *r);
int core_held_by_other_session(rtkconf_agent_session *s, uint64_t handle);
record *core_find_live_handle(rtkconf_agent_session *s, uint64_t handle);

/* name.c: the UNICODE_STRING the request asks for; NULL for a NULL Name. */
UNICODE_STRING *core_build_name(rtkconf_agent_session *s);

/* The steps, one file per family. */
void core_run_attach(rtkconf_agent_session *s);
void core_run_detach(rtkconf_agent_session *s);
void core_run_create(rtkconf_agent_session *s);
void core_run_open(rtkconf_agent_session *s);
void core_run_close(rtkconf_agent_session *s);
void core_run_unmap(rtkconf_agent_session *s);
void core_run_memory(rtkconf_agent_session *s);
void core_run_release_all(rtkconf_agent_session *s);

#endif /* RTKCONF_AGENT_INTERNAL_H */
