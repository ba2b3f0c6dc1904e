#include <windows.h>
#include <fcntl.h>
#include <io.h>

#include <cstdio>

#include "process_setup.h"

namespace rtkconf::peer {

// Windows has no RLIMIT_MEMLOCK: the working-set quota plays that role and
// is set per process by the implementation itself.
bool apply_memlock_limit(uint64_t, std::string &error) {
    error = "Windows has no RLIMIT_MEMLOCK to lower";
    return false;
}

ProtocolChannel take_protocol_channel(std::string &error) {
    ProtocolChannel channel;
    const int in_fd = ::_dup(0);
    const int out_fd = ::_dup(1);
    if (in_fd < 0 || out_fd < 0) {
        error = "_dup failed";
        return channel;
    }
    ::_dup2(2, 1);
    ::_setmode(in_fd, _O_BINARY);
    ::_setmode(out_fd, _O_BINARY);
    channel.in = ::_fdopen(in_fd, "rb");
    channel.out = ::_fdopen(out_fd, "wb");
    if (channel.in == nullptr || channel.out == nullptr) error = "_fdopen failed";
    return channel;
}

void crash_now() {
    ::RaiseException(EXCEPTION_ACCESS_VIOLATION, EXCEPTION_NONCONTINUABLE, 0, nullptr);
    ::ExitProcess(EXCEPTION_ACCESS_VIOLATION);  // not reached: the exception is unhandled
}

}  // namespace rtkconf::peer
