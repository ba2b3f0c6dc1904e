// The peer's state (the named slots holding handles and views) and how
// each Step reaches it: calls through the flavour's FlavourCalls, memory
// steps on the slots' views. Every input the orchestrator can send is
// answered with a StepResult; a call that cannot be made (missing export,
// unknown slot, a step the flavour cannot express) is called == false,
// never a crash.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "flavour_calls.h"
#include "rtkconf/step.h"

namespace rtkconf::peer {

struct Slot {
    uint64_t handle = 0;
    void *location = nullptr;  // shared memory only
    uint64_t size = 0;         // the size this peer asked for at create, 0 if unknown
    bool unmapped = false;     // the unmap of `location` succeeded
    bool closed = false;       // the close of `handle` succeeded
};

class StepDispatcher {
  public:
    explicit StepDispatcher(std::unique_ptr<FlavourCalls> calls) : calls_(std::move(calls)) {}

    // Runs one step. `exit` is answered here and carried out by the caller.
    StepResult run(const Step &step);

  private:
    StepResult close(const Step &step);
    StepResult unmap(const Step &step);
    StepResult release_all();
    StepResult memory_step(const Step &step);

    std::unique_ptr<FlavourCalls> calls_;
    std::map<std::string, Slot> slots_;
};

}  // namespace rtkconf::peer
