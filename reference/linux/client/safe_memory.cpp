#include "safe_memory.h"

#include <sys/uio.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <vector>

namespace rtkref::linux_backend {
namespace {

// A sandbox may forbid process_vm_*; then we can only trust the pointer.
bool unavailable(int error) {
    return error == ENOSYS || error == EPERM;
}

}  // namespace

bool read_caller_memory(void *dst, const void *src, std::size_t size) {
    if (size == 0) return true;
    if (src == nullptr) return false;
    iovec local{dst, size};
    iovec remote{const_cast<void *>(src), size};
    const ssize_t got = process_vm_readv(getpid(), &local, 1, &remote, 1, 0);
    if (got < 0 && unavailable(errno)) {
        std::memcpy(dst, src, size);
        return true;
    }
    return got == static_cast<ssize_t>(size);
}

bool caller_memory_writable(void *dst, std::size_t size) {
    if (dst == nullptr) return false;
    std::vector<unsigned char> current(size);
    if (!read_caller_memory(current.data(), dst, size)) return false;
    iovec local{current.data(), size};
    iovec remote{dst, size};
    const ssize_t put = process_vm_writev(getpid(), &local, 1, &remote, 1, 0);
    if (put < 0 && unavailable(errno)) return true;
    return put == static_cast<ssize_t>(size);
}

bool clear_caller_memory(void *dst, std::size_t size) {
    if (dst == nullptr) return false;
    if (size == 0) return true;
    static const unsigned char zeros[64] = {};
    const auto first = reinterpret_cast<std::uintptr_t>(dst);
    const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    // Across a page boundary one page may be writable and the next not: a
    // single write would zero the first part before failing, so the
    // untouching probe decides first.
    if (size > sizeof zeros || first / page != (first + size - 1) / page) {
        if (!caller_memory_writable(dst, size)) return false;
        std::memset(dst, 0, size);
        return true;
    }
    iovec local{const_cast<unsigned char *>(zeros), size};
    iovec remote{dst, size};
    const ssize_t put = process_vm_writev(getpid(), &local, 1, &remote, 1, 0);
    if (put < 0 && unavailable(errno)) {
        std::memset(dst, 0, size);
        return true;
    }
    return put == static_cast<ssize_t>(size);
}

}  // namespace rtkref::linux_backend
