// How a child process ended, in the platform's terms made common: an exit
// code, a signal (on Windows: an NTSTATUS exception code, or our kill),
// the caller's deadline, or no start at all. The runner's test children
// and the peers of a test are classified by the same function.
#pragma once

#include <string>

namespace rtkconf::platform {

struct ProcessEnd {
    enum class How { running, exited, signalled, timed_out, not_started };
    How how = How::running;
    int code = 0;        // exit code, signal number, or the exception code
    std::string detail;  // the signal's name, the exception, why it did not start
};

// The exit code a process killed on Windows is given (TerminateProcess):
// 9, as SIGKILL, so evidence reads the same on both platforms.
inline constexpr int kKilledExitCode = 9;

// A raw wait status (POSIX) or exit code (Windows) as exited or
// signalled; `killed_here`: the caller killed it (Windows only tells by
// kKilledExitCode then).
ProcessEnd end_from_native(int native_status, bool killed_here);

}  // namespace rtkconf::platform
