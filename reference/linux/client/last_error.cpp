// The last error of the user-mode calls (RtApi.h) on Linux, which has no
// GetLastError: one value per thread, exported so a caller reads it as a
// Windows program reads GetLastError().
#include "rtk/RtApi.h"
#include "rtkref/core/platform.h"

namespace {
thread_local DWORD t_last_error = ERROR_SUCCESS;
}  // namespace

namespace rtkref::platform {
void set_last_error(DWORD error) {
    t_last_error = error;
}
}  // namespace rtkref::platform

extern "C" {

RTKAPI DWORD RtGetLastError(void) {
    return t_last_error;
}

RTKAPI void RtSetLastError(DWORD dwErrCode) {
    t_last_error = dwErrCode;
}

}  // extern "C"
