/* The handles and views a session holds, addressed by the peer's slot
 * numbers.  The array changes only under the agent's lock, because under
 * the shared attach policy other sessions look up who holds a handle. */
#include <string.h>

#include "agent_internal.h"

record *core_find_slot(rtkconf_agent_session *s, uint32_t slot) {
    uint32_t i;
    if (slot == RTKCONF_AGENT_NO_SLOT) return NULL;
    for (i = 0; i < s->record_count; ++i)
        if (s->records[i].slot == slot) return &s->records[i];
    return NULL;
}

/* A record nothing can name and nothing is left to release. */
static int finished(const record *r) {
    return r->slot == RTKCONF_AGENT_NO_SLOT && (r->closed || r->handle == 0) &&
           (r->unmapped || r->location == NULL);
}

/* Drops finished records; order is kept (release_all goes in acquisition order). */
static void compact(rtkconf_agent_session *s) {
    uint32_t from, to = 0;
    for (from = 0; from < s->record_count; ++from) {
        if (finished(&s->records[from])) continue;
        if (to != from) s->records[to] = s->records[from];
        ++to;
    }
    s->record_count = to;
}

int core_reserve_record(rtkconf_agent_session *s) {
    rtkconf_agent *agent = s->agent;
    record *grown, *old;
    uint32_t capacity;
    if (s->record_count < s->record_capacity) return 0;
    core_agent_lock(agent);
    compact(s);
    core_agent_unlock(agent);
    if (s->record_count < s->record_capacity) return 0;
    if (s->record_capacity >= RTKCONF_AGENT_MAX_RECORDS) return RTKCONF_AGENT_LIMIT;
    capacity = s->record_capacity * 2;
    if (capacity > RTKCONF_AGENT_MAX_RECORDS) capacity = RTKCONF_AGENT_MAX_RECORDS;
    grown = (record *)agent->host->allocate(agent->host->context, capacity * sizeof(record));
    if (grown == NULL) return RTKCONF_AGENT_NO_MEMORY;
    /* Only this session's own calls change its records, so nothing moved
     * while the lock was not held. */
    core_agent_lock(agent);
    memcpy(grown, s->records, s->record_count * sizeof(record));
    old = s->records;
    s->records = grown;
    s->record_capacity = capacity;
    core_agent_unlock(agent);
    agent->host->release(agent->host->context, old);
    return 0;
}

void core_add_record(rtkconf_agent_session *s, const record *r) {
    record *previous = core_find_slot(s, r->slot);
    core_agent_lock(s->agent);
    /* The slot now names the new object; the old one is still held until
     * it is closed or the session ends. */
    if (previous != NULL) previous->slot = RTKCONF_AGENT_NO_SLOT;
    s->records[s->record_count++] = *r;
    core_agent_unlock(s->agent);
}

void core_mark_closed(rtkconf_agent_session *s, record *r) {
    core_agent_lock(s->agent);
    r->closed = 1;
    core_agent_unlock(s->agent);
}

void core_mark_unmapped(rtkconf_agent_session *s, record *r) {
    core_agent_lock(s->agent);
    r->unmapped = 1;
    core_agent_unlock(s->agent);
}

record *core_find_live_handle(rtkconf_agent_session *s, uint64_t handle) {
    uint32_t i;
    for (i = 0; i < s->record_count; ++i)
        if (s->records[i].handle == handle && !s->records[i].closed) return &s->records[i];
    return NULL;
}

int core_held_by_other_session(rtkconf_agent_session *s, uint64_t handle) {
    const rtkconf_agent_session *other;
    int held = 0;
    uint32_t i;
    core_agent_lock(s->agent);
    for (other = s->agent->sessions; other != NULL && !held; other = other->next) {
        if (other == s) continue;
        for (i = 0; i < other->record_count && !held; ++i)
            held = other->records[i].handle == handle && !other->records[i].closed;
    }
    core_agent_unlock(s->agent);
    return held;
}
