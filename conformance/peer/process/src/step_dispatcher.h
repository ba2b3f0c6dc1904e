// The peer's state (the attached instance and the named slots holding
// handles and views) and the Rtk calls each Step makes. Every input the
// orchestrator can send is answered with a StepResult; a call that cannot
// be made (missing export, unknown slot) is called == false, never a crash.
#pragma once

#include <map>
#include <string>

#include "rtkconf/iut.h"
#include "rtkconf/step.h"

namespace rtkconf::peer {

struct Slot {
    uint64_t handle = 0;
    void *location = nullptr;  // shared memory only
    uint64_t size = 0;         // the size this peer asked for at create, 0 if unknown
    bool unmapped = false;     // RtkUnMapSharedMemory of `location` succeeded
    bool closed = false;       // RtkCloseHandle of `handle` succeeded
};

class StepDispatcher {
  public:
    explicit StepDispatcher(const RtkApiTable &api) : api_(api) {}

    // Runs one step. `exit` is answered here and carried out by the caller.
    StepResult run(const Step &step);

  private:
    StepResult attach(const Step &step);
    StepResult detach(const Step &step);
    StepResult create(const Step &step);
    StepResult open(const Step &step);
    StepResult close(const Step &step);
    StepResult unmap(const Step &step);
    StepResult release_all();
    StepResult memory_step(const Step &step);
    RTSSINST instance_for(const Step &step) const;

    const RtkApiTable &api_;
    RTSSINST instance_ = 0;  // kept after detach: later calls must pass it
    bool detached_ = false;  // a detach succeeded: its handles are the implementation's to close
    std::map<std::string, Slot> slots_;
};

StepResult not_called(std::string why);

}  // namespace rtkconf::peer
