#include "attachment.h"

#include "flavour_calls.h"

namespace rtkconf::peer {

namespace {

StepResult answered(Flavour flavour, NTSTATUS status) {
    StepResult result;
    result.called = true;
    result.flavour = flavour;
    result.status = status;
    result.code = static_cast<uint32_t>(status);
    return result;
}

}  // namespace

StepResult Attachment::attach(const Step &step) {
    if (step.op == StepOp::attach_bad)
        return answered(flavour_, attach_(static_cast<ULONG>(step.arg0), nullptr));
    RTSSINST instance = 0;
    NTSTATUS status;
    if (step.op == StepOp::attach_ex) {
        if (flavour_ != Flavour::rtk)
            return not_expressible(flavour_, "only the current Rtk calls have RtkRtssAttachEx");
        if (attach_ex_ == nullptr)
            return not_called("the implementation does not export RtkRtssAttachEx");
        status = attach_ex_(static_cast<ULONG>(step.arg0), &instance, nullptr, nullptr);
    } else {
        status = attach_(static_cast<ULONG>(step.arg0), &instance);
    }
    StepResult result = answered(flavour_, status);
    result.handle = static_cast<uint64_t>(instance);
    if (NT_SUCCESS(status)) instance_ = instance;
    return result;
}

StepResult Attachment::detach(const Step &step) {
    StepResult result = answered(flavour_, detach_(instance_for(step)));
    if (NT_SUCCESS(result.status) && !step.raw_instance) detached_ = true;
    return result;
}

}  // namespace rtkconf::peer
