#include "step_dispatcher.h"

#include "memory_steps.h"
#include "process_setup.h"

namespace rtkconf::peer {

StepResult not_called(std::string why) {
    StepResult result;
    result.called = false;
    result.ok = false;
    result.detail = std::move(why);
    return result;
}

StepResult not_expressible(Flavour flavour, std::string why) {
    StepResult result = not_called(std::move(why));
    result.expressible = false;
    result.flavour = flavour;
    return result;
}

StepResult StepDispatcher::run(const Step &step) {
    switch (step.op) {
        case StepOp::attach:
        case StepOp::attach_bad:
        case StepOp::attach_ex:
            return calls_->attach(step);
        case StepOp::detach:
            return calls_->detach(step);
        case StepOp::create:
        case StepOp::open: {
            Made made;
            StepResult result =
                step.op == StepOp::create ? calls_->create(step, made) : calls_->open(step, made);
            // An opener does not learn the size; memory steps then need a length.
            const uint64_t size = step.op == StepOp::create ? step.size_low : 0;
            if (result.called && result.status >= 0 && !step.var.empty())
                slots_[step.var] = Slot{made.handle, made.location, size, false, false};
            return result;
        }
        case StepOp::close:
            return close(step);
        case StepOp::unmap:
            return unmap(step);
        case StepOp::write:
        case StepOp::check:
        case StepOp::check_zero:
        case StepOp::resident:
        case StepOp::writable_probe:
            return memory_step(step);
        case StepOp::exit: {
            StepResult result;
            result.called = true;
            result.detail = "exiting with code " + std::to_string(step.arg0);
            return result;
        }
        case StepOp::crash:
            crash_now();
        case StepOp::release_all:
            return release_all();
    }
    return not_called("unknown step");
}

StepResult StepDispatcher::close(const Step &step) {
    uint64_t value = 0;
    if (step.raw_handle) {
        value = *step.raw_handle;
    } else {
        auto it = slots_.find(step.var);
        if (it == slots_.end()) return not_called("no slot '" + step.var + "' to close");
        value = it->second.handle;
    }
    StepResult result = calls_->close(step, value);
    result.handle = value;
    if (result.called && result.status >= 0 && !step.raw_handle) slots_[step.var].closed = true;
    return result;
}

StepResult StepDispatcher::unmap(const Step &step) {
    auto it = slots_.find(step.var);
    if (it == slots_.end()) return not_called("no slot '" + step.var + "' to unmap");
    // An offset names an address inside the view that is not its start.
    void *address = static_cast<char *>(it->second.location) + step.offset;
    StepResult result = calls_->unmap(step, address);
    result.location = reinterpret_cast<uintptr_t>(address);
    // Only the view's own start unmaps it; an address inside does not.
    if (result.called && result.status >= 0 && step.offset == 0) it->second.unmapped = true;
    return result;
}

// What the vendor's pages ask of a process that is done: unmap, then
// close. Failures are counted, not fatal: the test's verdict is made.
StepResult StepDispatcher::release_all() {
    StepResult result;
    result.called = true;
    if (calls_->detached()) {
        result.detail = "detached: nothing of this instance is left to release";
        return result;
    }
    int unmapped = 0, closed = 0, failed = 0;
    for (auto &[name, slot] : slots_) {
        if (slot.closed || slot.handle == 0) continue;
        if (slot.location && !slot.unmapped) {
            if (calls_->release_view(slot.location)) {
                slot.unmapped = true;
                ++unmapped;
            } else {
                ++failed;
            }
        }
        if (calls_->release_handle(slot.handle)) {
            slot.closed = true;
            ++closed;
        } else {
            ++failed;
            if (result.status >= 0) result.status = STATUS_UNSUCCESSFUL;
        }
    }
    result.detail = "unmapped " + std::to_string(unmapped) + ", closed " + std::to_string(closed) +
                    (failed ? ", " + std::to_string(failed) + " calls failed" : "");
    return result;
}

StepResult StepDispatcher::memory_step(const Step &step) {
    auto it = slots_.find(step.var);
    if (it == slots_.end()) return not_called("no slot '" + step.var + "'");
    return run_memory_step(step, it->second);
}

}  // namespace rtkconf::peer
