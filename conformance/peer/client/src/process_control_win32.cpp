// Boost.Asio must see winsock2.h before windows.h does.
#include "process_control.h"
#include "rtkconf/peer.h"
#include "rtkconf/platform/process_end.h"

#include <windows.h>

namespace rtkconf::detail {

void prepare_orchestrator_process() {}  // broken pipes are error codes here

void keep_pipe_private(boost::process::async_pipe &) {
}  // Boost.Process creates non-inheritable handles

void kill_child(boost::process::child &child) {
    if (child.valid()) ::TerminateProcess(child.native_handle(), platform::kKilledExitCode);
}

}  // namespace rtkconf::detail

namespace rtkconf {

bool memlock_limit_supported() {
    return false;
}

}  // namespace rtkconf
