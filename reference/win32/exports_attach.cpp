// RtkRtssAttach, RtkRtssAttachEx, RtkRtssDetach.
#include "api_context.h"

using namespace rtkref::win32_backend;

namespace {

// No broker to reach: the kernel is the namespace, so attach cannot fail
// for want of a subsystem, only for bad arguments.
NTSTATUS attach(ULONG max_wfso, RTSSINST *instance_out) {
    if (!writable(instance_out, sizeof *instance_out)) return STATUS_INVALID_PARAMETER;
    *instance_out = 0;
    if (max_wfso < 1) return STATUS_INVALID_PARAMETER;
    *instance_out = static_cast<RTSSINST>(registry().add(make_instance()));
    return STATUS_SUCCESS;
}

}  // namespace

extern "C" {

RTKAPI NTSTATUS RtkRtssAttach(ULONG MaxWFSO, RTSSINST *RtssInstPtr) {
    return attach(MaxWFSO, RtssInstPtr);
}

// The routine would run when the subsystem stops; the kernel never stops
// while a process is attached (CONFORMANCE.md, "Attach").
RTKAPI NTSTATUS RtkRtssAttachEx(ULONG MaxWFSO, RTSSINST *RtssInstPtr, PRTK_STOP_ROUTINE, void *) {
    return attach(MaxWFSO, RtssInstPtr);
}

RTKAPI NTSTATUS RtkRtssDetach(RTSSINST RtssInst) {
    auto instance = registry().remove(static_cast<uint64_t>(RtssInst));
    if (!instance) return STATUS_INVALID_PARAMETER;
    instance->shutdown();  // D6: as if the process had ended
    return STATUS_SUCCESS;
}

}  // extern "C"
