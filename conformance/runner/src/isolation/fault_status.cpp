#include "fault_status.h"

#include "rtkconf/plugin_abi.h"

namespace rtkconf::runner {
namespace {

Status status_of(uint32_t fault) {
    switch (fault) {
        case RTKCONF_FAULT_CRASH:
            return Status::crash;
        case RTKCONF_FAULT_HANG:
            return Status::timeout;
        default:
            return Status::error;
    }
}

std::string message_of(const FaultRecord &f) {
    switch (f.fault) {
        case RTKCONF_FAULT_CRASH:
            return "crash: " + f.peer + " died inside the implementation during " + f.call + ": " +
                   f.detail;
        case RTKCONF_FAULT_HANG:
            return "timeout: " + f.call + " by " + f.peer + " did not return: " + f.detail;
        default:
            return "harness error (not the implementation's fault): " + f.peer + ", " + f.call +
                   ": " + f.detail;
    }
}

}  // namespace

Status apply_faults(Status status, const std::vector<FaultRecord> &faults,
                    std::vector<std::string> &messages) {
    for (const FaultRecord &f : faults) {
        messages.push_back(message_of(f));
        if (severity(status_of(f.fault)) > severity(status)) status = status_of(f.fault);
    }
    return status;
}

}  // namespace rtkconf::runner
