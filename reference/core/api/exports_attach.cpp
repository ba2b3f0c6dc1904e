// RtkRtssAttach, RtkRtssAttachEx, RtkRtssDetach.
#include "argument_checks.h"
#include "rtk/RtkApi.h"

using namespace rtkref;

namespace {

NTSTATUS attach(ULONG max_wfso, RTSSINST *instance_out) {
    if (!api::clear_output(instance_out) || max_wfso < 1) return STATUS_INVALID_PARAMETER;
    platform::NewInstance made = platform::attach();
    if (!made.instance) return made.status;
    api::store_output(instance_out,
                      static_cast<RTSSINST>(instances().add(std::move(made.instance))));
    return STATUS_SUCCESS;
}

}  // namespace

extern "C" {

RTKAPI NTSTATUS RtkRtssAttach(ULONG MaxWFSO, RTSSINST *RtssInstPtr) {
    return attach(MaxWFSO, RtssInstPtr);
}

// The routine would run when the subsystem stops; the reference's
// subsystem never stops while a process is attached (CONFORMANCE.md,
// "Attach").
RTKAPI NTSTATUS RtkRtssAttachEx(ULONG MaxWFSO, RTSSINST *RtssInstPtr, PRTK_STOP_ROUTINE, void *) {
    return attach(MaxWFSO, RtssInstPtr);
}

RTKAPI NTSTATUS RtkRtssDetach(RTSSINST RtssInst) {
    auto instance = instances().remove(static_cast<uint64_t>(RtssInst));
    if (!instance) return STATUS_INVALID_PARAMETER;
    instance->shutdown();  // D6: as if the process had ended
    return STATUS_SUCCESS;
}

}  // extern "C"
