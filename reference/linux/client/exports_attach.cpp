// RtkRtssAttach, RtkRtssAttachEx, RtkRtssDetach.
#include <cstdio>

#include "api_context.h"
#include "broker_connection.h"

using namespace rtkref::linux_backend;

namespace {

NTSTATUS attach(ULONG max_wfso, RTSSINST *instance_out) {
    if (!writable(instance_out, sizeof *instance_out)) return STATUS_INVALID_PARAMETER;
    *instance_out = 0;
    if (max_wfso < 1) return STATUS_INVALID_PARAMETER;
    BrokerConnection connection = connect_to_broker();
    if (connection.fd < 0) {
        std::fprintf(stderr, "rtkref: RtkRtssAttach: %s\n", connection.error.c_str());
        return connection.status;
    }
    auto instance = std::make_shared<Instance>(connection.fd);
    if (NTSTATUS status = instance->hello(); !NT_SUCCESS(status)) return status;
    *instance_out = static_cast<RTSSINST>(registry().add(std::move(instance)));
    return STATUS_SUCCESS;
}

}  // namespace

extern "C" {

RTKAPI NTSTATUS RtkRtssAttach(ULONG MaxWFSO, RTSSINST *RtssInstPtr) {
    return attach(MaxWFSO, RtssInstPtr);
}

// The routine would run when the subsystem stops; the reference's broker
// never stops while a client is attached (CONFORMANCE.md, "Attach").
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
