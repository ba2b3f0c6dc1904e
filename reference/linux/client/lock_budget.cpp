#include "lock_budget.h"

#include <linux/capability.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <limits>

namespace rtkref::linux_backend {
namespace {

// glibc has no capget wrapper; libcap is not a dependency for one bit.
bool holds_ipc_lock() {
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3]{};
    if (::syscall(SYS_capget, &header, data) != 0) return false;
    return (data[CAP_IPC_LOCK / 32].effective & (1u << (CAP_IPC_LOCK % 32))) != 0;
}

}  // namespace

uint32_t lockable_kib() {
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long page = sysconf(_SC_PAGESIZE);
    uint64_t bytes = std::numeric_limits<uint64_t>::max();
    if (pages > 0 && page > 0) bytes = static_cast<uint64_t>(pages) * static_cast<uint64_t>(page);
    rlimit limit{};
    if (!holds_ipc_lock() && ::getrlimit(RLIMIT_MEMLOCK, &limit) == 0 &&
        limit.rlim_cur != RLIM_INFINITY) {
        bytes = std::min<uint64_t>(bytes, limit.rlim_cur);
    }
    if (bytes == std::numeric_limits<uint64_t>::max()) return 0;
    // Rounded down: the kernel's own limit counts whole pages of at least
    // 1 KiB, so nothing the kernel would lock is refused here.
    const uint64_t kib = bytes / 1024;
    if (kib == 0) return 1;  // a zero limit still locks nothing
    return static_cast<uint32_t>(std::min<uint64_t>(kib, std::numeric_limits<uint32_t>::max()));
}

}  // namespace rtkref::linux_backend
