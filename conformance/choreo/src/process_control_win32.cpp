// Boost.Asio must see winsock2.h before windows.h does.
#include "process_control.h"
#include "rtkconf/peer.h"

#include <windows.h>

namespace rtkconf::detail {

namespace {
// The exit code TerminateProcess gives a peer we killed; 9 mirrors SIGKILL
// in the evidence.
constexpr UINT kKilledExitCode = 9;
}  // namespace

void prepare_orchestrator_process() {}  // broken pipes are error codes here

void keep_pipe_private(boost::process::async_pipe &) {
}  // Boost.Process creates non-inheritable handles

void kill_child(boost::process::child &child) {
    if (child.valid()) ::TerminateProcess(child.native_handle(), kKilledExitCode);
}

PeerEnd classify_end(int status, bool killed_here) {
    PeerEnd end;
    // Windows has no signals: a process we terminated counts as killed, an
    // unhandled exception (0xC0000005, ...) as a crash with that code.
    const auto code = static_cast<unsigned>(status);
    if (killed_here && code == kKilledExitCode) {
        end.how = PeerExit::signalled;
        end.code = 9;
    } else if ((code & 0xC0000000u) == 0xC0000000u) {
        end.how = PeerExit::signalled;
        end.code = status;
    } else {
        end.how = PeerExit::exited;
        end.code = status;
    }
    return end;
}

}  // namespace rtkconf::detail

namespace rtkconf {

bool memlock_limit_supported() {
    return false;
}

}  // namespace rtkconf
