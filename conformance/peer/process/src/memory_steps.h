// The steps that touch a slot's view: write, check, check_zero, resident,
// writable_probe. The range is verified to be mapped before any access, so
// a wrong offset or a view the implementation unmapped is an error value.
#pragma once

#include "rtkconf/step.h"
#include "step_dispatcher.h"

namespace rtkconf::peer {

StepResult run_memory_step(const Step &step, const Slot &slot);

}  // namespace rtkconf::peer
