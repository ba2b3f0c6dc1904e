#include "process_wait.h"
// After Boost.Process, on purpose (process_wait.h).
#include <windows.h>

#include <algorithm>
#include <cstdio>

#include "rtkconf/platform/process_end.h"

namespace rtkconf::platform {

namespace detail {

bool ended_within(boost::process::child &child, std::chrono::milliseconds timeout) {
    const auto ms = static_cast<DWORD>(std::max<long long>(0, timeout.count()));
    return ::WaitForSingleObject(child.native_handle(), ms) == WAIT_OBJECT_0;
}

}  // namespace detail

// Windows has no signals: a process we terminated counts as killed, an
// unhandled exception (0xC0000005 access violation, 0xC0000409 fast fail,
// ...) ends it with an NTSTATUS of error severity and counts as a crash;
// any other code is an exit.
ProcessEnd end_from_native(int native_status, bool killed_here) {
    const auto code = static_cast<unsigned long>(static_cast<DWORD>(native_status));
    if (killed_here && code == static_cast<unsigned long>(kKilledExitCode))
        return {ProcessEnd::How::signalled, kKilledExitCode, "killed"};
    if ((code & 0xC0000000ul) == 0xC0000000ul) {
        char text[32];
        std::snprintf(text, sizeof text, "exception 0x%08lX", code);
        return {ProcessEnd::How::signalled, native_status, text};
    }
    return {ProcessEnd::How::exited, native_status, {}};
}

}  // namespace rtkconf::platform
