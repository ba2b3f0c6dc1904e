/* The steps that touch a slot's view: write, check, check_zero, resident,
 * writable_probe.  The range is checked before any access (by the host,
 * which knows its address space; else against the size this session
 * created), so a wrong offset or a view the implementation unmapped is a
 * "not called", never a fault. */
#include "agent_internal.h"
#include "rtkconf/agent/pattern.h"

static int range_ok(rtkconf_agent_session *s, const record *r, uintptr_t begin, uint64_t length) {
    const rtkconf_agent_host *host = s->agent->host;
    const uint64_t offset = s->request.offset;
    if (host->range_mapped != NULL)
        return host->range_mapped(host->context, (const void *)begin, length);
    return r->size != 0 && offset <= r->size && length <= r->size - offset;
}

/* Counts the bytes of the range that differ from the pattern (or from
 * zero); facts: mismatches, first offset, byte read there, byte expected. */
static void compare(rtkconf_agent_session *s, const unsigned char *base, uint64_t length,
                    int zero) {
    const rtkconf_agent_request *q = &s->request;
    uint64_t i, mismatches = 0;
    for (i = 0; i < length; ++i) {
        const uint64_t offset = q->offset + i;
        const unsigned want = zero ? 0u : rtkconf_pattern_byte_inline(q->seed, offset);
        const unsigned got = base[i];
        if (got == want) continue;
        if (mismatches++ == 0) {
            s->reply.fact[1] = offset;
            s->reply.fact[2] = got;
            s->reply.fact[3] = want;
        }
    }
    s->reply.fact[0] = mismatches;
    if (mismatches == 0) s->reply.flags |= RTKCONF_AGENT_REPLY_OK;
}

static void resident(rtkconf_agent_session *s, uintptr_t begin, uint64_t length) {
    const rtkconf_agent_host *host = s->agent->host;
    rtkconf_agent_residency residency = {0, 0, 0, 0};
    if (host->residency == NULL) {
        core_not_called(s, RTKCONF_AGENT_UNSUPPORTED, 0, 0);
        return;
    }
    if (host->residency(host->context, (const void *)begin, length, &residency) != 0) {
        core_not_called(s, RTKCONF_AGENT_PROBE_FAILED, 0, 0);
        return;
    }
    s->reply.fact[0] = residency.resident;
    s->reply.fact[1] = residency.total;
    if (residency.locked) s->reply.flags |= RTKCONF_AGENT_REPLY_LOCKED;
    if (residency.locked_known) s->reply.flags |= RTKCONF_AGENT_REPLY_LOCKED_KNOWN;
    if (residency.resident == residency.total && (residency.locked || !residency.locked_known))
        s->reply.flags |= RTKCONF_AGENT_REPLY_OK;
}

static void writable(rtkconf_agent_session *s, uintptr_t begin) {
    const rtkconf_agent_host *host = s->agent->host;
    int can_write = 0;
    if (host->writable == NULL) {
        core_not_called(s, RTKCONF_AGENT_UNSUPPORTED, 0, 0);
        return;
    }
    if (host->writable(host->context, (void *)begin, &can_write) != 0) {
        core_not_called(s, RTKCONF_AGENT_PROBE_FAILED, 0, 0);
        return;
    }
    if (can_write) s->reply.flags |= RTKCONF_AGENT_REPLY_OK;
}

void core_run_memory(rtkconf_agent_session *s) {
    const rtkconf_agent_request *q = &s->request;
    const record *r = core_find_slot(s, q->slot);
    uint64_t length;
    uintptr_t base, begin;
    unsigned char *bytes;
    uint64_t i;
    if (r == NULL) {
        core_not_called(s, RTKCONF_AGENT_NO_SLOT_HELD, q->slot, 0);
        return;
    }
    if (r->location == NULL) {
        core_not_called(s, RTKCONF_AGENT_NO_VIEW, q->slot, 0);
        return;
    }
    /* Without a length, the whole view when this session created it. */
    length = q->length != 0 ? q->length : r->size;
    if (length == 0) {
        core_not_called(s, RTKCONF_AGENT_NEEDS_LENGTH, q->slot, 0);
        return;
    }
    base = (uintptr_t)r->location;
    s->reply.location = (uint64_t)base;
    /* The decoder checked that offset and length fit this host's types. */
    if ((uintptr_t)q->offset > UINTPTR_MAX - base ||
        (uintptr_t)length > UINTPTR_MAX - (base + (uintptr_t)q->offset) ||
        !range_ok(s, r, base + (uintptr_t)q->offset, length)) {
        core_not_called(s, RTKCONF_AGENT_NOT_MAPPED, q->offset, q->offset + length);
        return;
    }
    begin = base + (uintptr_t)q->offset;
    s->reply.length = length;
    bytes = (unsigned char *)begin;
    switch (q->op) {
        case RTKCONF_AGENT_OP_WRITE:
            for (i = 0; i < length; ++i)
                bytes[i] = rtkconf_pattern_byte_inline(q->seed, q->offset + i);
            s->reply.fact[0] = length;
            return;
        case RTKCONF_AGENT_OP_CHECK:
            compare(s, bytes, length, 0);
            return;
        case RTKCONF_AGENT_OP_CHECK_ZERO:
            compare(s, bytes, length, 1);
            return;
        case RTKCONF_AGENT_OP_RESIDENT:
            resident(s, begin, length);
            return;
        default:
            writable(s, begin);
            return;
    }
}
