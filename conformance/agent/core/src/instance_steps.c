/* attach and detach, under the agent's attach policy (PROTOCOL.md,
 * "Attach policy"). */
#include "agent_internal.h"

/* The low 32 bits, as the peer passes MaxWFSO. */
static ULONG max_wfso(const rtkconf_agent_session *s) {
    return (ULONG)((uint64_t)s->request.arg0 & 0xFFFFFFFFu);
}

static NTSTATUS call_attach(rtkconf_agent_session *s, RTSSINST *instance) {
    const rtkconf_agent_rtk_table *rtk = s->agent->rtk;
    if (s->request.op == RTKCONF_AGENT_OP_ATTACH_EX)
        return rtk->RtkRtssAttachEx(max_wfso(s), instance, NULL, NULL);
    return rtk->RtkRtssAttach(max_wfso(s), instance);
}

static void remember_attached(rtkconf_agent_session *s, RTSSINST instance) {
    core_agent_lock(s->agent);
    s->attached[s->attached_count++] = instance;
    core_agent_unlock(s->agent);
}

static void forget_attached(rtkconf_agent_session *s, RTSSINST instance) {
    uint32_t i;
    core_agent_lock(s->agent);
    for (i = 0; i < s->attached_count; ++i) {
        if (s->attached[i] == instance) {
            s->attached[i] = s->attached[--s->attached_count];
            break;
        }
    }
    core_agent_unlock(s->agent);
}

/* Under the shared policy a well-formed attach is answered with the
 * driver's one instance, attached by the first such step of any session.
 * The lock is held across that one call, so two first sessions cannot
 * both attach. */
static void attach_shared(rtkconf_agent_session *s) {
    rtkconf_agent *agent = s->agent;
    RTSSINST instance = 0;
    core_agent_lock(agent);
    if (agent->shared_attached) {
        s->reply.flags |= RTKCONF_AGENT_REPLY_SHARED;
        s->reply.status = STATUS_SUCCESS;
    } else {
        s->reply.status = call_attach(s, &instance);
        if (NT_SUCCESS(s->reply.status) && instance != 0) {
            agent->shared_instance = instance;
            agent->shared_attached = 1;
        }
    }
    if (agent->shared_attached) {
        s->reply.handle = (uint64_t)agent->shared_instance;
        s->instance = agent->shared_instance;
    } else {
        s->reply.handle = (uint64_t)instance;
    }
    core_agent_unlock(agent);
}

void core_run_attach(rtkconf_agent_session *s) {
    const rtkconf_agent_rtk_table *rtk = s->agent->rtk;
    RTSSINST instance = 0;
    if (s->request.op == RTKCONF_AGENT_OP_ATTACH_EX && rtk->RtkRtssAttachEx == NULL) {
        core_not_called(s, RTKCONF_AGENT_NOT_EXPORTED, RTKCONF_AGENT_FN_ATTACH_EX, 0);
        return;
    }
    if (s->request.op == RTKCONF_AGENT_OP_ATTACH_BAD) {
        s->reply.status = rtk->RtkRtssAttach(max_wfso(s), NULL);
        return;
    }
    /* MaxWFSO 0 probes argument checking: it goes to the implementation
     * under either policy, and what it wrongly attaches is the session's. */
    if (s->agent->policy == RTKCONF_AGENT_ATTACH_SHARED && max_wfso(s) != 0) {
        attach_shared(s);
        return;
    }
    if (s->attached_count == RTKCONF_AGENT_MAX_INSTANCES) {
        core_not_called(s, RTKCONF_AGENT_LIMIT, RTKCONF_AGENT_MAX_INSTANCES, 0);
        return;
    }
    s->reply.status = call_attach(s, &instance);
    s->reply.handle = (uint64_t)instance;
    if (NT_SUCCESS(s->reply.status)) {
        s->instance = instance;
        if (instance != 0) remember_attached(s, instance);
    }
}

void core_run_detach(rtkconf_agent_session *s) {
    const RTSSINST target = core_instance_for(s);
    int shared;
    core_agent_lock(s->agent);
    shared = s->agent->shared_attached && target == s->agent->shared_instance;
    core_agent_unlock(s->agent);
    if (shared) {
        core_not_called(s, RTKCONF_AGENT_SHARED_INSTANCE, 0, 0);
        return;
    }
    s->reply.status = s->agent->rtk->RtkRtssDetach(target);
    if (!NT_SUCCESS(s->reply.status)) return;
    forget_attached(s, target);
    if (!(s->request.flags & RTKCONF_AGENT_FLAG_RAW_INSTANCE)) s->detached = 1;
}
