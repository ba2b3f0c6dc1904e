#include "agent_dispatcher.h"

#include <cstdio>
#include <cstdlib>

#include "process_setup.h"
#include "step_dispatcher.h"

namespace rtkconf::peer {
namespace {

uint16_t op_of(StepOp op) {
    switch (op) {
        case StepOp::attach:
            return RTKCONF_AGENT_OP_ATTACH;
        case StepOp::attach_bad:
            return RTKCONF_AGENT_OP_ATTACH_BAD;
        case StepOp::attach_ex:
            return RTKCONF_AGENT_OP_ATTACH_EX;
        case StepOp::detach:
            return RTKCONF_AGENT_OP_DETACH;
        case StepOp::create:
            return RTKCONF_AGENT_OP_CREATE;
        case StepOp::open:
            return RTKCONF_AGENT_OP_OPEN;
        case StepOp::close:
            return RTKCONF_AGENT_OP_CLOSE;
        case StepOp::unmap:
            return RTKCONF_AGENT_OP_UNMAP;
        case StepOp::write:
            return RTKCONF_AGENT_OP_WRITE;
        case StepOp::check:
            return RTKCONF_AGENT_OP_CHECK;
        case StepOp::check_zero:
            return RTKCONF_AGENT_OP_CHECK_ZERO;
        case StepOp::resident:
            return RTKCONF_AGENT_OP_RESIDENT;
        case StepOp::writable_probe:
            return RTKCONF_AGENT_OP_WRITABLE_PROBE;
        case StepOp::release_all:
            return RTKCONF_AGENT_OP_RELEASE_ALL;
        case StepOp::exit:
        case StepOp::crash:
            break;
    }
    return 0;
}

uint32_t kind_of(ObjectKind kind) {
    switch (kind) {
        case ObjectKind::mutex:
            return RTKCONF_AGENT_KIND_MUTEX;
        case ObjectKind::event:
            return RTKCONF_AGENT_KIND_EVENT;
        case ObjectKind::semaphore:
            return RTKCONF_AGENT_KIND_SEMAPHORE;
        case ObjectKind::shared_memory:
            break;
    }
    return RTKCONF_AGENT_KIND_SHARED_MEMORY;
}

const char *function_name(uint64_t which) {
    switch (which) {
        case RTKCONF_AGENT_FN_ATTACH_EX:
            return "RtkRtssAttachEx";
        case RTKCONF_AGENT_FN_UNMAP:
            return "RtkUnMapSharedMemory";
        case RTKCONF_AGENT_FN_CREATE_MUTEX:
            return "RtkCreateMutex";
        case RTKCONF_AGENT_FN_OPEN_MUTEX:
            return "RtkOpenMutex";
        case RTKCONF_AGENT_FN_CREATE_EVENT:
            return "RtkCreateEvent";
        case RTKCONF_AGENT_FN_OPEN_EVENT:
            return "RtkOpenEvent";
        case RTKCONF_AGENT_FN_CREATE_SEMAPHORE:
            return "RtkCreateSemaphore";
        case RTKCONF_AGENT_FN_OPEN_SEMAPHORE:
            return "RtkOpenSemaphore";
        default:
            return "a function the agent needs";
    }
}

std::string hex(uint64_t value) {
    char text[24];
    std::snprintf(text, sizeof text, "0x%llx", static_cast<unsigned long long>(value));
    return text;
}

std::string byte_hex(uint64_t value) {
    char text[8];
    std::snprintf(text, sizeof text, "0x%02x", static_cast<unsigned>(value & 0xffu));
    return text;
}

// The direct peer's words for a missing slot, per step.
std::string no_slot(const Step &step) {
    if (step.op == StepOp::close) return "no slot '" + step.var + "' to close";
    if (step.op == StepOp::unmap) return "no slot '" + step.var + "' to unmap";
    return "no slot '" + step.var + "'";
}

std::string rejected(const rtkconf_agent_reply &r) {
    static const char *const kNames[] = {"",         "bad size", "bad magic", "bad version",
                                         "bad op",   "bad kind", "bad flags", "bad reserved",
                                         "bad name", "bad value"};
    const char *name = r.reason < std::size(kNames) ? kNames[r.reason] : "unknown reason";
    return "the agent rejected the frame (" + std::string(name) + " at byte " +
           std::to_string(r.field) + "; agent protocol version " + std::to_string(r.version) + ")";
}

std::string why_not_called(const Step &step, const rtkconf_agent_reply &r) {
    switch (r.reason) {
        case RTKCONF_AGENT_NOT_EXPORTED:
            return std::string("the implementation does not export ") + function_name(r.fact[0]);
        case RTKCONF_AGENT_NO_SLOT_HELD:
            return no_slot(step);
        case RTKCONF_AGENT_NO_VIEW:
            return "slot '" + step.var + "' has no view";
        case RTKCONF_AGENT_NEEDS_LENGTH:
            return "step needs a length: the size of '" + step.var + "' is unknown here";
        case RTKCONF_AGENT_NOT_MAPPED:
            return "range [" + std::to_string(r.fact[0]) + ", " + std::to_string(r.fact[1]) +
                   ") of '" + step.var + "' is not mapped in the agent";
        case RTKCONF_AGENT_UNSUPPORTED:
            return "the agent's host cannot answer this question";
        case RTKCONF_AGENT_NO_MEMORY:
            return "the agent ran out of memory; nothing was called";
        case RTKCONF_AGENT_LIMIT:
            return "the agent's session limit (" + std::to_string(r.fact[0]) +
                   ") is reached; nothing was called";
        case RTKCONF_AGENT_SHARED_INSTANCE:
            return "the driver's shared instance is detached only when the driver unloads "
                   "(attach policy \"shared\")";
        case RTKCONF_AGENT_OTHER_SESSION:
            return "handle " + hex(r.fact[0]) +
                   " is held by another session of the driver; not closed";
        case RTKCONF_AGENT_PROBE_FAILED:
            return "the agent's host could not query the memory";
        default:
            return rejected(r);
    }
}

}  // namespace

rtkconf_agent_request agent_request(const Step &step, uint32_t slot, std::vector<uint16_t> &units) {
    rtkconf_agent_request q{};
    q.op = op_of(step.op);
    q.slot = slot;
    q.kind = kind_of(step.kind);
    q.size_high = step.size_high;
    q.size_low = step.size_low;
    q.protect = step.protect;
    q.desired_access = step.desired_access;
    q.seed = step.seed;
    q.offset = step.offset;
    q.length = step.length;
    q.arg0 = step.arg0;
    q.arg1 = step.arg1;
    if (step.raw_handle) {
        q.flags |= RTKCONF_AGENT_FLAG_RAW_HANDLE;
        q.raw_handle = *step.raw_handle;
    }
    if (step.raw_instance) {
        q.flags |= RTKCONF_AGENT_FLAG_RAW_INSTANCE;
        q.raw_instance = *step.raw_instance;
    }
    if (step.null_handle_ptr) q.flags |= RTKCONF_AGENT_FLAG_NULL_HANDLE_PTR;
    if (step.null_location) q.flags |= RTKCONF_AGENT_FLAG_NULL_LOCATION;
    const NameArg &name = step.name;
    if (name.null_pointer) q.flags |= RTKCONF_AGENT_FLAG_NAME_NULL;
    if (name.null_buffer) q.flags |= RTKCONF_AGENT_FLAG_NAME_NULL_BUFFER;
    // More units than a UNICODE_STRING can count: the direct peer's Length
    // wraps to 16 bits and the implementation sees only that much, which
    // the first 32,767 units hold.
    const std::size_t carried =
        std::min<std::size_t>(name.units.size(), RTKCONF_AGENT_MAX_NAME_UNITS);
    units.assign(name.units.begin(), name.units.begin() + static_cast<std::ptrdiff_t>(carried));
    q.name_units = static_cast<uint16_t>(carried);
    if (name.length || carried < name.units.size()) {
        q.flags |= RTKCONF_AGENT_FLAG_NAME_LENGTH;
        q.name_length = name.length ? *name.length
                                    : static_cast<uint16_t>(name.units.size() * sizeof(uint16_t));
    }
    if (name.maximum_length) {
        q.flags |= RTKCONF_AGENT_FLAG_NAME_MAXIMUM;
        q.name_maximum = *name.maximum_length;
    }
    return q;
}

AgentDispatcher::AgentDispatcher(std::unique_ptr<AgentChannel> channel)
    : channel_(std::move(channel)), frame_(RTKCONF_AGENT_REQUEST_SIZE) {}

uint32_t AgentDispatcher::slot_of(const std::string &var) {
    if (var.empty()) return RTKCONF_AGENT_NO_SLOT;
    const auto [it, added] = slots_.emplace(var, static_cast<uint32_t>(slots_.size()));
    return it->second;
}

StepResult AgentDispatcher::run(const Step &step) {
    if (step.op == StepOp::exit) {
        StepResult result;
        result.called = true;
        result.detail = "exiting with code " + std::to_string(step.arg0);
        return result;
    }
    if (step.op == StepOp::crash) crash_now();
    std::vector<uint16_t> units;
    rtkconf_agent_request q = agent_request(step, slot_of(step.var), units);
    q.sequence = ++sequence_;
    if (rtkconf_agent_encode_request(&q, units.data(), frame_.data(), frame_.size()) == 0)
        return not_called("peer error: the step does not fit a request frame");
    unsigned char reply[RTKCONF_AGENT_REPLY_SIZE];
    std::string error;
    switch (channel_->exchange(frame_, reply, error)) {
        case AgentChannel::Outcome::answered:
            break;
        case AgentChannel::Outcome::agent_died:
            // The implementation ended the process that made the call:
            // this peer ends the same way, so the verdict is a crash.
            std::fprintf(stderr, "rtkconf-peer: %s\n", error.c_str());
            crash_now();
        case AgentChannel::Outcome::failed:
            return not_called("agent transport: " + error);
    }
    rtkconf_agent_reply r{};
    if (rtkconf_agent_decode_reply(reply, sizeof reply, &r) != 0 || r.sequence != q.sequence)
        return not_called("agent transport: an answer that is no reply to this step");
    return result_of(step, r);
}

StepResult AgentDispatcher::result_of(const Step &step, const rtkconf_agent_reply &r) const {
    if (r.reason != RTKCONF_AGENT_CALLED) return not_called(why_not_called(step, r));
    StepResult result;
    result.called = true;
    result.status = r.status;
    result.handle = r.handle;
    result.location = r.location;
    const bool ok = (r.flags & RTKCONF_AGENT_REPLY_OK) != 0;
    switch (step.op) {
        case StepOp::attach:
        case StepOp::attach_ex:
            if (r.flags & RTKCONF_AGENT_REPLY_SHARED)
                result.detail =
                    "the driver's one instance, attached once and shared by every "
                    "session (no call made)";
            break;
        case StepOp::write:
            result.detail = std::to_string(r.fact[0]) + " bytes written";
            break;
        case StepOp::check:
        case StepOp::check_zero: {
            result.ok = ok;
            const uint64_t length = r.length;
            result.detail = ok ? std::to_string(length) + " bytes match"
                               : std::to_string(r.fact[0]) + " of " + std::to_string(length) +
                                     " bytes differ; first at offset " + std::to_string(r.fact[1]) +
                                     ": got " + byte_hex(r.fact[2]) + ", expected " +
                                     byte_hex(r.fact[3]);
            break;
        }
        case StepOp::resident: {
            result.ok = ok;
            const bool known = (r.flags & RTKCONF_AGENT_REPLY_LOCKED_KNOWN) != 0;
            const bool locked = (r.flags & RTKCONF_AGENT_REPLY_LOCKED) != 0;
            result.detail = "resident " + std::to_string(r.fact[0]) + "/" +
                            std::to_string(r.fact[1]) + " pages, " +
                            (!known   ? "locked: not reported by the agent's host"
                             : locked ? "locked"
                                      : "not locked");
            break;
        }
        case StepOp::writable_probe:
            result.ok = ok;
            result.detail = ok ? "writable" : "not writable (page protection)";
            break;
        case StepOp::release_all:
            result.detail =
                r.fact[3] != 0
                    ? "detached: nothing of this instance is left to release"
                    : "unmapped " + std::to_string(r.fact[0]) + ", closed " +
                          std::to_string(r.fact[1]) +
                          (r.fact[2] ? ", " + std::to_string(r.fact[2]) + " calls failed" : "");
            break;
        default:
            break;
    }
    return result;
}

}  // namespace rtkconf::peer
