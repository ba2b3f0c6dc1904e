// The calls one flavour makes for the steps that reach the implementation
// (attach, detach, create, open, close, unmap). Each answers in the
// suite's vocabulary (StepResult::status) and keeps its own raw answer
// (StepResult::code); a step the flavour cannot express is answered
// not_expressible(), never approximated.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "rtkconf/iut.h"
#include "rtkconf/step.h"

namespace rtkconf::peer {

// What a successful create or open handed out, for the dispatcher's slot.
struct Made {
    uint64_t handle = 0;
    void *location = nullptr;
};

class FlavourCalls {
  public:
    virtual ~FlavourCalls() = default;
    virtual StepResult attach(const Step &step) = 0;  // attach, attach_bad, attach_ex
    virtual StepResult detach(const Step &step) = 0;
    virtual StepResult create(const Step &step, Made &made) = 0;
    virtual StepResult open(const Step &step, Made &made) = 0;
    virtual StepResult close(const Step &step, uint64_t handle) = 0;
    virtual StepResult unmap(const Step &step, void *address) = 0;
    // The end of a test (release_all): quiet, only success or not.
    virtual bool release_view(void *location) = 0;
    virtual bool release_handle(uint64_t handle) = 0;
    // A detach succeeded: the implementation closed this instance's handles.
    virtual bool detached() const { return false; }
};

// The calls of the flavour `iut` was loaded in; `iut` outlives them.
std::unique_ptr<FlavourCalls> make_flavour_calls(const LoadedIut &iut);

StepResult not_called(std::string why);
// The flavour has no such call or argument: `why` says which.
StepResult not_expressible(Flavour flavour, std::string why);

}  // namespace rtkconf::peer
