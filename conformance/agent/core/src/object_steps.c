/* create and open of each kind, close, unmap and release_all.  NULL
 * handle pointers, NULL Locations and malformed names pass through exactly
 * as asked: that is how the suite tests argument checking. */
#include "agent_internal.h"

#define NO_INHERIT 0

/* The low 32 bits of a semaphore count, as the peer passes them. */
static LONG low_long(int64_t value) {
    const uint32_t bits = (uint32_t)((uint64_t)value & 0xFFFFFFFFu);
    return bits > (uint32_t)INT32_MAX ? -(LONG)(~bits) - 1 : (LONG)bits;
}

/* Shared memory needs only the core calls; the other kinds have their own. */
static int kind_exported(rtkconf_agent_session *s, int create) {
    const rtkconf_agent_rtk_table *rtk = s->agent->rtk;
    int present;
    uint32_t which;
    switch (s->request.kind) {
        case RTKCONF_AGENT_KIND_MUTEX:
            present = create ? rtk->RtkCreateMutex != NULL : rtk->RtkOpenMutex != NULL;
            which = create ? RTKCONF_AGENT_FN_CREATE_MUTEX : RTKCONF_AGENT_FN_OPEN_MUTEX;
            break;
        case RTKCONF_AGENT_KIND_EVENT:
            present = create ? rtk->RtkCreateEvent != NULL : rtk->RtkOpenEvent != NULL;
            which = create ? RTKCONF_AGENT_FN_CREATE_EVENT : RTKCONF_AGENT_FN_OPEN_EVENT;
            break;
        case RTKCONF_AGENT_KIND_SEMAPHORE:
            present = create ? rtk->RtkCreateSemaphore != NULL : rtk->RtkOpenSemaphore != NULL;
            which = create ? RTKCONF_AGENT_FN_CREATE_SEMAPHORE : RTKCONF_AGENT_FN_OPEN_SEMAPHORE;
            break;
        default:
            return 1;
    }
    if (present) return 1;
    core_not_called(s, RTKCONF_AGENT_NOT_EXPORTED, which, 0);
    return 0;
}

/* The record of what a create or open acquired, once it succeeded. */
static void acquired(rtkconf_agent_session *s, RTSSINST instance, HANDLE handle, void *location,
                     uint64_t size) {
    record r;
    s->reply.handle = core_from_pointer(handle);
    s->reply.location = core_from_pointer(location);
    if (!NT_SUCCESS(s->reply.status)) return;
    r.slot = s->request.slot;
    r.handle = s->reply.handle;
    r.instance = instance;
    r.location = location;
    r.size = size;
    r.unmapped = 0;
    r.closed = 0;
    core_add_record(s, &r);
}

/* Room to record what the call may acquire, before the call is made. */
static int room_for_record(rtkconf_agent_session *s) {
    const int reason = core_reserve_record(s);
    if (reason == 0) return 1;
    core_not_called(s, (uint32_t)reason, RTKCONF_AGENT_MAX_RECORDS, 0);
    return 0;
}

/* What a create and an open pass besides the kind's own arguments, as the
 * request asks: the instance, where the handle and the Location land (or
 * NULL), and the name (possibly malformed on purpose). */
typedef struct object_call {
    RTSSINST instance;
    HANDLE handle;
    void *location;
    HANDLE *handle_ptr;
    void **location_ptr;
    UNICODE_STRING *name;
} object_call;

/* 0 when the call is not made (the reply says why). */
static int begin_object_call(rtkconf_agent_session *s, int create, object_call *c) {
    const uint32_t flags = s->request.flags;
    c->instance = core_instance_for(s);
    c->handle = NULL;
    c->location = NULL;
    c->handle_ptr = (flags & RTKCONF_AGENT_FLAG_NULL_HANDLE_PTR) ? NULL : &c->handle;
    c->location_ptr = (flags & RTKCONF_AGENT_FLAG_NULL_LOCATION) ? NULL : &c->location;
    c->name = NULL;
    if (!kind_exported(s, create) || !room_for_record(s)) return 0;
    c->name = core_build_name(s);
    return 1;
}

void core_run_create(rtkconf_agent_session *s) {
    const rtkconf_agent_rtk_table *rtk = s->agent->rtk;
    const rtkconf_agent_request *q = &s->request;
    object_call c;
    if (!begin_object_call(s, 1, &c)) return;
    switch (q->kind) {
        case RTKCONF_AGENT_KIND_MUTEX:
            s->reply.status = rtk->RtkCreateMutex(c.instance, c.handle_ptr, NULL, 0, c.name);
            break;
        case RTKCONF_AGENT_KIND_EVENT:
            s->reply.status = rtk->RtkCreateEvent(c.instance, c.handle_ptr, NULL, 1, 0, c.name);
            break;
        case RTKCONF_AGENT_KIND_SEMAPHORE:
            s->reply.status = rtk->RtkCreateSemaphore(c.instance, c.handle_ptr, NULL,
                                                      low_long(q->arg0), low_long(q->arg1), c.name);
            break;
        default:
            s->reply.status =
                rtk->RtkCreateSharedMemory(c.instance, c.handle_ptr, q->protect, q->size_high,
                                           q->size_low, c.name, c.location_ptr);
            break;
    }
    acquired(s, c.instance, c.handle, c.location, q->size_low);
}

void core_run_open(rtkconf_agent_session *s) {
    const rtkconf_agent_rtk_table *rtk = s->agent->rtk;
    const rtkconf_agent_request *q = &s->request;
    object_call c;
    if (!begin_object_call(s, 0, &c)) return;
    switch (q->kind) {
        case RTKCONF_AGENT_KIND_MUTEX:
            s->reply.status =
                rtk->RtkOpenMutex(c.instance, c.handle_ptr, q->desired_access, NO_INHERIT, c.name);
            break;
        case RTKCONF_AGENT_KIND_EVENT:
            s->reply.status =
                rtk->RtkOpenEvent(c.instance, c.handle_ptr, q->desired_access, NO_INHERIT, c.name);
            break;
        case RTKCONF_AGENT_KIND_SEMAPHORE:
            s->reply.status = rtk->RtkOpenSemaphore(c.instance, c.handle_ptr, q->desired_access,
                                                    NO_INHERIT, c.name);
            break;
        default:
            s->reply.status = rtk->RtkOpenSharedMemory(c.instance, c.handle_ptr, q->desired_access,
                                                       NO_INHERIT, c.name, c.location_ptr);
            break;
    }
    /* An opener does not learn the size: memory steps then need a length. */
    acquired(s, c.instance, c.handle, c.location, 0);
}

void core_run_close(rtkconf_agent_session *s) {
    const int raw = (s->request.flags & RTKCONF_AGENT_FLAG_RAW_HANDLE) != 0;
    record *r = raw ? NULL : core_find_slot(s, s->request.slot);
    uint64_t value;
    if (raw) {
        value = s->request.raw_handle;
        /* One instance serves every session: a value another session holds
         * would close that session's object. */
        if (s->agent->policy == RTKCONF_AGENT_ATTACH_SHARED &&
            core_held_by_other_session(s, value)) {
            core_not_called(s, RTKCONF_AGENT_OTHER_SESSION, value, 0);
            return;
        }
        r = core_find_live_handle(s, value);
    } else if (r == NULL) {
        core_not_called(s, RTKCONF_AGENT_NO_SLOT_HELD, s->request.slot, 0);
        return;
    } else {
        value = r->handle;
    }
    s->reply.handle = value;
    s->reply.status = s->agent->rtk->RtkCloseHandle(core_instance_for(s), core_to_handle(value));
    if (NT_SUCCESS(s->reply.status) && r != NULL) core_mark_closed(s, r);
}

void core_run_unmap(rtkconf_agent_session *s) {
    record *r;
    uintptr_t address;
    if (s->agent->rtk->RtkUnMapSharedMemory == NULL) {
        core_not_called(s, RTKCONF_AGENT_NOT_EXPORTED, RTKCONF_AGENT_FN_UNMAP, 0);
        return;
    }
    r = core_find_slot(s, s->request.slot);
    if (r == NULL) {
        core_not_called(s, RTKCONF_AGENT_NO_SLOT_HELD, s->request.slot, 0);
        return;
    }
    /* An offset names an address inside the view that is not its start;
     * the sum wraps as the address arithmetic of the peer does. */
    address = (uintptr_t)r->location + (uintptr_t)s->request.offset;
    s->reply.location = (uint64_t)address;
    s->reply.status = s->agent->rtk->RtkUnMapSharedMemory(core_instance_for(s), (void *)address);
    /* Only the view's own start unmaps it. */
    if (NT_SUCCESS(s->reply.status) && s->request.offset == 0) core_mark_unmapped(s, r);
}

/* What the vendor's pages ask of a process that is done: unmap, then
 * close, every slot.  Failures are counted, not fatal. */
void core_run_release_all(rtkconf_agent_session *s) {
    const rtkconf_agent_rtk_table *rtk = s->agent->rtk;
    uint64_t unmapped = 0, closed = 0, failed = 0;
    uint32_t i;
    if (s->detached) {
        s->reply.fact[3] = 1; /* detached: nothing of this instance is left to release */
        return;
    }
    for (i = 0; i < s->record_count; ++i) {
        record *r = &s->records[i];
        NTSTATUS status;
        if (r->slot == RTKCONF_AGENT_NO_SLOT || r->closed || r->handle == 0) continue;
        if (r->location != NULL && !r->unmapped && rtk->RtkUnMapSharedMemory != NULL) {
            if (NT_SUCCESS(rtk->RtkUnMapSharedMemory(s->instance, r->location))) {
                core_mark_unmapped(s, r);
                ++unmapped;
            } else {
                ++failed;
            }
        }
        status = rtk->RtkCloseHandle(s->instance, core_to_handle(r->handle));
        if (NT_SUCCESS(status)) {
            core_mark_closed(s, r);
            ++closed;
        } else {
            ++failed;
            if (NT_SUCCESS(s->reply.status)) s->reply.status = status;
        }
    }
    s->reply.fact[0] = unmapped;
    s->reply.fact[1] = closed;
    s->reply.fact[2] = failed;
}
