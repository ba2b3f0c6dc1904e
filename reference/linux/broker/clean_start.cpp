#include "clean_start.h"

#include <sched.h>
#include <sys/resource.h>

#include <csignal>
#include <initializer_list>

namespace rtkref::linux_backend {
namespace {

void raise_soft_limit(int resource) {
    rlimit limit{};
    if (getrlimit(resource, &limit) != 0 || limit.rlim_cur == limit.rlim_max) return;
    limit.rlim_cur = limit.rlim_max;
    setrlimit(resource, &limit);
}

}  // namespace

void reset_inherited_state() {
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    for (int signal_number = 1; signal_number < NSIG; ++signal_number) {
        if (signal_number == SIGKILL || signal_number == SIGSTOP) continue;
        std::signal(signal_number, SIG_DFL);
    }
    std::signal(SIGPIPE, SIG_IGN);
    std::signal(SIGXFSZ, SIG_IGN);
    // Descriptors: one per client and one per object. File size: memfds
    // are files. Address space and data: the broker maps nothing big, but
    // a tiny inherited limit would make any allocation fail.
    for (int resource : {RLIMIT_NOFILE, RLIMIT_FSIZE, RLIMIT_AS, RLIMIT_DATA}) {
        raise_soft_limit(resource);
    }
    if (sched_getscheduler(0) != SCHED_OTHER) {
        sched_param normal{};
        sched_setscheduler(0, SCHED_OTHER, &normal);
    }
    // A negative nice value may be given back without privilege; a
    // positive one cannot be undone and only slows the broker down.
    if (getpriority(PRIO_PROCESS, 0) < 0) setpriority(PRIO_PROCESS, 0, 0);
}

}  // namespace rtkref::linux_backend
