// Win32 error codes as the NTSTATUS values CONFORMANCE.md decides on.
#pragma once

#include "rtk/RtkApi.h"

namespace rtkref::win32_backend {

// `error` is a GetLastError() value taken right after the failing call.
NTSTATUS status_from_win32_error(DWORD error);

}  // namespace rtkref::win32_backend
