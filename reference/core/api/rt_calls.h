// What the user-mode calls (RtApi.h) share: the process's implicit
// instance, their names (NUL-terminated, read without trusting the
// pointer) and how a status becomes a handle or BOOL plus a last error.
#pragma once

#include <memory>

#include "rtk/RtApi.h"
#include "rtkref/core/name_rules.h"
#include "rtkref/core/platform.h"

namespace rtkref::rt {

// The instance every user-mode call of this process uses: attached at the
// first call that needs one (a process using these calls never attaches
// itself), and again in a child after fork(). Null, and `*status` set,
// when the attach fails.
std::shared_ptr<PlatformInstance> process_instance(NTSTATUS *status);

// The instance if some call already made it; null otherwise (a close or
// an unmap before any create or open cannot name anything of ours).
std::shared_ptr<PlatformInstance> existing_process_instance();

// A NUL-terminated name read from caller memory: NULL and "" are no name
// (D2); more than 260 units before the NUL is too long.
NameCheck read_wide_name(RTK_LPCWSTR name);

// Failure: the last error for `status` (D13), and NULL / FALSE.
HANDLE fail(NTSTATUS status);
BOOL fail_bool(NTSTATUS status);

// Success: last error 0, or ERROR_ALREADY_EXISTS when a create opened an
// existing object (backend status STATUS_OBJECT_NAME_EXISTS).
HANDLE succeed(NTSTATUS status, uint64_t handle);

}  // namespace rtkref::rt
