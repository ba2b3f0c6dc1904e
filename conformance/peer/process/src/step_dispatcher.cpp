#include "step_dispatcher.h"

#include "process_setup.h"

#include <cstdlib>

#include "memory_steps.h"

namespace rtkconf::peer {

StepResult not_called(std::string why) {
    StepResult result;
    result.called = false;
    result.ok = false;
    result.detail = std::move(why);
    return result;
}

RTSSINST StepDispatcher::instance_for(const Step &step) const {
    return step.raw_instance ? static_cast<RTSSINST>(*step.raw_instance) : instance_;
}

StepResult StepDispatcher::run(const Step &step) {
    switch (step.op) {
        case StepOp::attach:
        case StepOp::attach_bad:
        case StepOp::attach_ex:
            return attach(step);
        case StepOp::detach:
            return detach(step);
        case StepOp::create:
            return create(step);
        case StepOp::open:
            return open(step);
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

StepResult StepDispatcher::attach(const Step &step) {
    StepResult result;
    result.called = true;
    if (step.op == StepOp::attach_bad) {
        result.status = api_.RtkRtssAttach(static_cast<ULONG>(step.arg0), nullptr);
        return result;
    }
    RTSSINST instance = 0;
    if (step.op == StepOp::attach_ex) {
        if (api_.RtkRtssAttachEx == nullptr)
            return not_called("the implementation does not export RtkRtssAttachEx");
        result.status =
            api_.RtkRtssAttachEx(static_cast<ULONG>(step.arg0), &instance, nullptr, nullptr);
    } else {
        result.status = api_.RtkRtssAttach(static_cast<ULONG>(step.arg0), &instance);
    }
    result.handle = static_cast<uint64_t>(instance);
    if (NT_SUCCESS(result.status)) instance_ = instance;
    return result;
}

StepResult StepDispatcher::detach(const Step &step) {
    StepResult result;
    result.called = true;
    result.status = api_.RtkRtssDetach(instance_for(step));
    if (NT_SUCCESS(result.status) && !step.raw_instance) detached_ = true;
    return result;
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
    StepResult result;
    result.called = true;
    result.handle = value;
    result.status = api_.RtkCloseHandle(instance_for(step),
                                        reinterpret_cast<HANDLE>(static_cast<uintptr_t>(value)));
    if (NT_SUCCESS(result.status) && !step.raw_handle) slots_[step.var].closed = true;
    return result;
}

StepResult StepDispatcher::unmap(const Step &step) {
    if (api_.RtkUnMapSharedMemory == nullptr)
        return not_called("the implementation does not export RtkUnMapSharedMemory");
    auto it = slots_.find(step.var);
    if (it == slots_.end()) return not_called("no slot '" + step.var + "' to unmap");
    StepResult result;
    result.called = true;
    // An offset names an address inside the view that is not its start.
    void *address = static_cast<char *>(it->second.location) + step.offset;
    result.location = reinterpret_cast<uintptr_t>(address);
    result.status = api_.RtkUnMapSharedMemory(instance_for(step), address);
    // Only the view's own start unmaps it; an address inside does not.
    if (NT_SUCCESS(result.status) && step.offset == 0) it->second.unmapped = true;
    return result;
}

// What the vendor's pages ask of a process that is done: unmap, then
// close. Failures are counted, not fatal: the test's verdict is made.
StepResult StepDispatcher::release_all() {
    StepResult result;
    result.called = true;
    if (detached_) {
        result.detail = "detached: nothing of this instance is left to release";
        return result;
    }
    int unmapped = 0, closed = 0, failed = 0;
    for (auto &[name, slot] : slots_) {
        if (slot.closed || slot.handle == 0) continue;
        if (slot.location && !slot.unmapped && api_.RtkUnMapSharedMemory) {
            const NTSTATUS status = api_.RtkUnMapSharedMemory(instance_, slot.location);
            if (NT_SUCCESS(status)) {
                slot.unmapped = true;
                ++unmapped;
            } else {
                ++failed;
            }
        }
        const NTSTATUS status = api_.RtkCloseHandle(
            instance_, reinterpret_cast<HANDLE>(static_cast<uintptr_t>(slot.handle)));
        if (NT_SUCCESS(status)) {
            slot.closed = true;
            ++closed;
        } else {
            ++failed;
            if (NT_SUCCESS(result.status)) result.status = status;
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
