#include <csignal>
#include <fcntl.h>
#include <mutex>
#include <signal.h>

#include "process_control.h"
#include "rtkconf/peer.h"

namespace rtkconf::detail {

void prepare_orchestrator_process() {
    static std::once_flag once;
    std::call_once(once, [] { std::signal(SIGPIPE, SIG_IGN); });
}

void keep_pipe_private(boost::process::async_pipe &pipe) {
    for (int fd : {pipe.native_source(), pipe.native_sink()}) {
        if (fd < 0) continue;
        const int flags = ::fcntl(fd, F_GETFD);
        if (flags >= 0) ::fcntl(fd, F_SETFD, flags | FD_CLOEXEC);
    }
}

void kill_child(boost::process::child &child) {
    if (child.valid()) ::kill(child.id(), SIGKILL);
}

}  // namespace rtkconf::detail

namespace rtkconf {

bool memlock_limit_supported() {
    return true;
}

}  // namespace rtkconf
