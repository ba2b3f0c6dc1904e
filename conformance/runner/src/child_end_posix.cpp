#include <string.h>
#include <sys/wait.h>

#include "isolated_child.h"

namespace rtkconf::runner {

ChildEnd child_end_from_native(int native_status) {
    if (WIFSIGNALED(native_status)) {
        const int sig = WTERMSIG(native_status);
        const char *name = ::strsignal(sig);
        return {ChildEnd::How::signalled, sig, name ? name : ""};
    }
    if (WIFEXITED(native_status)) return {ChildEnd::How::exited, WEXITSTATUS(native_status), {}};
    return {ChildEnd::How::signalled, 0, "unknown wait status"};
}

}  // namespace rtkconf::runner
