#include <poll.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <system_error>

#include "process_wait.h"
#include "rtkconf/platform/process_end.h"

namespace rtkconf::platform {

namespace detail {

// A pidfd becomes readable when the process ends, so poll() is the wait
// with a deadline that waitpid() lacks (Boost 1.81's wait_for relies on
// SIGCHLD reaching this thread, which a process with threads cannot
// promise). Linux 5.3 or later.
bool ended_within(boost::process::child &child, std::chrono::milliseconds timeout) {
    const int fd = static_cast<int>(::syscall(SYS_pidfd_open, child.id(), 0));
    if (fd < 0) {
        if (errno == ESRCH) return true;  // gone already (our child: not reaped yet)
        throw std::system_error(errno, std::generic_category(),
                                "pidfd_open (needs Linux 5.3 or later)");
    }
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    int ready = 0;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        pollfd entry{fd, POLLIN, 0};
        ready = ::poll(&entry, 1, static_cast<int>(std::max<long long>(0, left.count())));
        if (ready >= 0 || errno != EINTR) break;
    }
    ::close(fd);
    return ready > 0;
}

}  // namespace detail

ProcessEnd end_from_native(int native_status, bool /*killed_here*/) {
    if (WIFSIGNALED(native_status)) {
        const int signal = WTERMSIG(native_status);
        const char *name = ::strsignal(signal);
        return {ProcessEnd::How::signalled, signal, name != nullptr ? name : ""};
    }
    if (WIFEXITED(native_status)) return {ProcessEnd::How::exited, WEXITSTATUS(native_status), {}};
    return {ProcessEnd::How::signalled, 0, "unknown wait status"};
}

}  // namespace rtkconf::platform
