#include <fcntl.h>
#include <linux/capability.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "process_setup.h"

namespace rtkconf::peer {

namespace {

std::string errno_text(const char *what) {
    return std::string(what) + ": " + std::strerror(errno);
}

// glibc has no capset wrapper; libcap is not a dependency for one bit.
bool drop_ipc_lock(std::string &error) {
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3]{};
    if (::syscall(SYS_capget, &header, data) != 0) {
        error = errno_text("capget");
        return false;
    }
    const auto bit = 1u << (CAP_IPC_LOCK % 32);
    auto &word = data[CAP_IPC_LOCK / 32];
    word.effective &= ~bit;
    word.permitted &= ~bit;
    word.inheritable &= ~bit;
    if (::syscall(SYS_capset, &header, data) != 0) {
        error = errno_text("capset");
        return false;
    }
    return true;
}

}  // namespace

bool apply_memlock_limit(uint64_t bytes, std::string &error) {
    // Raising the hard limit needs CAP_SYS_RESOURCE, which a container
    // seldom grants: a limit above it is a limit of the hard limit.
    rlimit current{};
    if (::getrlimit(RLIMIT_MEMLOCK, &current) == 0 && current.rlim_max != RLIM_INFINITY &&
        bytes > current.rlim_max)
        bytes = current.rlim_max;
    const rlimit limit{static_cast<rlim_t>(bytes), static_cast<rlim_t>(bytes)};
    if (::setrlimit(RLIMIT_MEMLOCK, &limit) != 0) {
        error = errno_text("setrlimit(RLIMIT_MEMLOCK)");
        return false;
    }
    return drop_ipc_lock(error);
}

ProtocolChannel take_protocol_channel(std::string &error) {
    ProtocolChannel channel;
    const int in_fd = ::fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 3);
    const int out_fd = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    if (in_fd < 0 || out_fd < 0) {
        error = errno_text("fcntl(F_DUPFD_CLOEXEC)");
        return channel;
    }
    const int null_fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (null_fd >= 0) {
        ::dup2(null_fd, STDIN_FILENO);
        ::close(null_fd);
    }
    ::dup2(STDERR_FILENO, STDOUT_FILENO);
    channel.in = ::fdopen(in_fd, "r");
    channel.out = ::fdopen(out_fd, "w");
    if (channel.in == nullptr || channel.out == nullptr) error = errno_text("fdopen");
    return channel;
}

void crash_now() {
    std::abort();
}

}  // namespace rtkconf::peer
