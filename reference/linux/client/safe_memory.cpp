#include "safe_memory.h"

#include <sys/uio.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
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
    std::size_t done = 0;
    while (done < size) {
        const std::size_t chunk = std::min(sizeof zeros, size - done);
        iovec local{const_cast<unsigned char *>(zeros), chunk};
        iovec remote{static_cast<unsigned char *>(dst) + done, chunk};
        const ssize_t put = process_vm_writev(getpid(), &local, 1, &remote, 1, 0);
        if (put < 0 && unavailable(errno)) {
            std::memset(static_cast<unsigned char *>(dst) + done, 0, size - done);
            return true;
        }
        if (put != static_cast<ssize_t>(chunk)) return false;
        done += chunk;
    }
    return true;
}

}  // namespace rtkref::linux_backend
