#include <windows.h>

#include <cstdio>

#include "isolated_child.h"

namespace rtkconf::runner {

// Windows has no signals: an unhandled exception ends a process with its
// NTSTATUS (0xC0000005 access violation, 0xC0000409 abort, ...). Those
// count as a crash, any other exit code as an exit.
ChildEnd child_end_from_native(int native_status) {
    const auto code = static_cast<unsigned long>(static_cast<DWORD>(native_status));
    if ((code & 0xF0000000ul) == 0xC0000000ul) {
        char text[32];
        std::snprintf(text, sizeof text, "exception 0x%08lX", code);
        return {ChildEnd::How::signalled, native_status, text};
    }
    return {ChildEnd::How::exited, native_status, {}};
}

}  // namespace rtkconf::runner
