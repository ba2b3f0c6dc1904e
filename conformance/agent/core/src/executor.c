/* The agent and its sessions, and the step dispatch: decode, run, encode. */
#include <string.h>

#include "agent_internal.h"

#define INITIAL_RECORDS 64u

void core_agent_lock(rtkconf_agent *agent) {
    agent->host->lock(agent->host->context);
}

void core_agent_unlock(rtkconf_agent *agent) {
    agent->host->unlock(agent->host->context);
}

static void *allocate(rtkconf_agent *agent, size_t bytes) {
    return agent->host->allocate(agent->host->context, bytes);
}

static void release(rtkconf_agent *agent, void *memory) {
    if (memory != NULL) agent->host->release(agent->host->context, memory);
}

void core_not_called(rtkconf_agent_session *s, uint32_t reason, uint64_t fact0, uint64_t fact1) {
    s->reply.reason = reason;
    s->reply.fact[0] = fact0;
    s->reply.fact[1] = fact1;
}

RTSSINST core_instance_for(const rtkconf_agent_session *s) {
    if (s->request.flags & RTKCONF_AGENT_FLAG_RAW_INSTANCE)
        return (RTSSINST)(uintptr_t)s->request.raw_instance;
    return s->instance;
}

HANDLE core_to_handle(uint64_t value) {
    return (HANDLE)(uintptr_t)value;
}

uint64_t core_from_pointer(const void *pointer) {
    return (uint64_t)(uintptr_t)pointer;
}

rtkconf_agent *rtkconf_agent_create(const rtkconf_agent_rtk_table *rtk,
                                    const rtkconf_agent_host *host, uint32_t attach_policy) {
    rtkconf_agent *agent;
    if (rtk == NULL || host == NULL || host->allocate == NULL || host->release == NULL ||
        host->lock == NULL || host->unlock == NULL || rtk->RtkRtssAttach == NULL ||
        rtk->RtkRtssDetach == NULL || rtk->RtkCreateSharedMemory == NULL ||
        rtk->RtkOpenSharedMemory == NULL || rtk->RtkCloseHandle == NULL)
        return NULL;
    if (attach_policy != RTKCONF_AGENT_ATTACH_PER_SESSION &&
        attach_policy != RTKCONF_AGENT_ATTACH_SHARED)
        return NULL;
    agent = (rtkconf_agent *)host->allocate(host->context, sizeof *agent);
    if (agent == NULL) return NULL;
    memset(agent, 0, sizeof *agent);
    agent->rtk = rtk;
    agent->host = host;
    agent->policy = attach_policy;
    return agent;
}

void rtkconf_agent_destroy(rtkconf_agent *agent) {
    if (agent == NULL) return;
    while (agent->sessions != NULL) rtkconf_agent_session_close(agent->sessions);
    if (agent->shared_attached) agent->rtk->RtkRtssDetach(agent->shared_instance);
    release(agent, agent);
}

rtkconf_agent_session *rtkconf_agent_session_open(rtkconf_agent *agent) {
    rtkconf_agent_session *s = (rtkconf_agent_session *)allocate(agent, sizeof *s);
    if (s == NULL) return NULL;
    memset(s, 0, sizeof *s);
    s->agent = agent;
    s->name = (uint16_t *)allocate(agent, NAME_STORAGE_UNITS * sizeof(uint16_t));
    s->records = (record *)allocate(agent, INITIAL_RECORDS * sizeof(record));
    if (s->name == NULL || s->records == NULL) {
        release(agent, s->name);
        release(agent, s->records);
        release(agent, s);
        return NULL;
    }
    s->record_capacity = INITIAL_RECORDS;
    core_agent_lock(agent);
    s->next = agent->sessions;
    agent->sessions = s;
    core_agent_unlock(agent);
    return s;
}

/* Whether views and handles acquired with `instance` are the session's
 * to release: those of the driver's instance and of instances the session
 * attached and still holds.  Not those of an instance it detached (the
 * detach released them, D6), nor of a value it was merely told to pass. */
static int instance_held(const rtkconf_agent_session *s, RTSSINST instance, int has_shared,
                         RTSSINST shared) {
    uint32_t i;
    if (has_shared && instance == shared) return 1;
    for (i = 0; i < s->attached_count; ++i)
        if (s->attached[i] == instance) return 1;
    return 0;
}

void rtkconf_agent_session_end(rtkconf_agent_session *s) {
    const rtkconf_agent_rtk_table *rtk = s->agent->rtk;
    int has_shared;
    RTSSINST shared;
    uint32_t i;
    core_agent_lock(s->agent);
    has_shared = s->agent->shared_attached;
    shared = s->agent->shared_instance;
    core_agent_unlock(s->agent);
    for (i = 0; i < s->record_count; ++i) {
        record *r = &s->records[i];
        if (!instance_held(s, r->instance, has_shared, shared)) continue;
        if (r->location != NULL && !r->unmapped && rtk->RtkUnMapSharedMemory != NULL)
            rtk->RtkUnMapSharedMemory(r->instance, r->location);
        if (r->handle != 0 && !r->closed)
            rtk->RtkCloseHandle(r->instance, core_to_handle(r->handle));
    }
    for (i = 0; i < s->attached_count; ++i) rtk->RtkRtssDetach(s->attached[i]);
    core_agent_lock(s->agent);
    s->record_count = 0;
    s->attached_count = 0;
    s->instance = 0;
    s->detached = 0;
    core_agent_unlock(s->agent);
}

void rtkconf_agent_session_close(rtkconf_agent_session *s) {
    rtkconf_agent *agent;
    rtkconf_agent_session **link;
    if (s == NULL) return;
    agent = s->agent;
    rtkconf_agent_session_end(s);
    core_agent_lock(agent);
    for (link = &agent->sessions; *link != NULL; link = &(*link)->next) {
        if (*link == s) {
            *link = s->next;
            break;
        }
    }
    core_agent_unlock(agent);
    release(agent, s->name);
    release(agent, s->records);
    release(agent, s);
}

static void run_hello(rtkconf_agent_session *s) {
    s->reply.fact[0] = RTKCONF_AGENT_PROTOCOL_VERSION;
    s->reply.fact[1] = s->agent->policy;
    s->reply.fact[2] = RTKCONF_AGENT_MAX_RECORDS;
    s->reply.fact[3] = RTKCONF_AGENT_REQUEST_SIZE;
}

static void run_step(rtkconf_agent_session *s) {
    switch (s->request.op) {
        case RTKCONF_AGENT_OP_HELLO:
            run_hello(s);
            return;
        case RTKCONF_AGENT_OP_ATTACH:
        case RTKCONF_AGENT_OP_ATTACH_BAD:
        case RTKCONF_AGENT_OP_ATTACH_EX:
            core_run_attach(s);
            return;
        case RTKCONF_AGENT_OP_DETACH:
            core_run_detach(s);
            return;
        case RTKCONF_AGENT_OP_CREATE:
            core_run_create(s);
            return;
        case RTKCONF_AGENT_OP_OPEN:
            core_run_open(s);
            return;
        case RTKCONF_AGENT_OP_CLOSE:
            core_run_close(s);
            return;
        case RTKCONF_AGENT_OP_UNMAP:
            core_run_unmap(s);
            return;
        case RTKCONF_AGENT_OP_RELEASE_ALL:
            core_run_release_all(s);
            return;
        case RTKCONF_AGENT_OP_END_SESSION:
            rtkconf_agent_session_end(s);
            return;
        default: /* the memory steps; decode refused every other value */
            core_run_memory(s);
            return;
    }
}

size_t rtkconf_agent_step(rtkconf_agent_session *s, const void *request, size_t request_size,
                          void *reply, size_t reply_capacity) {
    uint32_t field = 0;
    uint32_t reason;
    if (reply_capacity < RTKCONF_AGENT_REPLY_SIZE) return 0;
    /* Everything is read out of `request` before `reply` is written: they
     * may be one buffer. */
    reason = rtkconf_agent_decode_request(request, request_size, &s->request, s->name, &field);
    memset(&s->reply, 0, sizeof s->reply);
    s->reply.version = RTKCONF_AGENT_PROTOCOL_VERSION;
    s->reply.op = s->request.op;
    s->reply.sequence = s->request.sequence;
    if (reason != RTKCONF_AGENT_CALLED) {
        s->reply.reason = reason;
        s->reply.field = field;
    } else {
        run_step(s);
    }
    return rtkconf_agent_encode_reply(&s->reply, reply, reply_capacity);
}
