// The RtssInst of a peer whose flavour has one (rtk, rtk-legacy): attach,
// detach, and which instance a step passes (the attached one, or the raw
// value a test forges).
#pragma once

#include "rtk/RtkApi.h"
#include "rtkconf/step.h"

namespace rtkconf::peer {

class Attachment {
  public:
    // `attach_ex` may be null: the flavour or the library has no AttachEx.
    Attachment(Flavour flavour, decltype(&::RtkRtssAttach) attach,
               decltype(&::RtkRtssAttachEx) attach_ex, decltype(&::RtkRtssDetach) detach)
        : flavour_(flavour), attach_(attach), attach_ex_(attach_ex), detach_(detach) {}

    StepResult attach(const Step &step);
    StepResult detach(const Step &step);
    RTSSINST instance_for(const Step &step) const {
        return step.raw_instance ? static_cast<RTSSINST>(*step.raw_instance) : instance_;
    }
    RTSSINST instance() const { return instance_; }
    bool detached() const { return detached_; }

  private:
    Flavour flavour_;
    decltype(&::RtkRtssAttach) attach_;
    decltype(&::RtkRtssAttachEx) attach_ex_;
    decltype(&::RtkRtssDetach) detach_;
    RTSSINST instance_ = 0;  // kept after detach: later calls must pass it
    bool detached_ = false;  // a detach succeeded: its handles are the implementation's to close
};

}  // namespace rtkconf::peer
