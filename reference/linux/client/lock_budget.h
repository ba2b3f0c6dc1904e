// How much memory this process could ever lock: a create larger than
// that can never be locked (D9), so the broker refuses it before
// reserving gigabytes nobody will use.
#pragma once

#include <cstdint>

namespace rtkref::linux_backend {

// In KiB, at most UINT32_MAX: RLIMIT_MEMLOCK, unless the process holds
// CAP_IPC_LOCK or has no limit; never more than the machine's memory.
// 0 when none of these can be read (the broker then checks nothing).
uint32_t lockable_kib();

}  // namespace rtkref::linux_backend
