#include "memfd_backing.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <string_view>

#include "errno_status.h"

namespace rtkref::linux_backend {
namespace {

class MemfdBacking final : public Backing {
  public:
    explicit MemfdBacking(int fd) : fd_(fd) {}
    ~MemfdBacking() override { close(fd_); }
    MemfdBacking(const MemfdBacking &) = delete;
    MemfdBacking &operator=(const MemfdBacking &) = delete;
    int descriptor() const override { return fd_; }

  private:
    int fd_;
};

// fallocate only reserves tmpfs pages: each is zeroed at its first fault,
// which for a new object is the creator's mlock, one fault per page.
// Writing the zeros here instead costs a bulk copy from a buffer that
// stays in cache, and leaves mlock only mapping pages that exist (16 per
// fault): a 1 MiB create went from 1.35x to 1.15x of the raw memfd
// (BENCHMARKS.md). Below kPrefillFrom the extra system call costs more
// than the faults it saves. Above kPrefillUpTo the zeros stay with the
// creator's mlock: written here they would come before the reply, inside
// the caller's call deadline, and on the serving thread every client
// waits on (2 MiB of zeros: about half the time of its fallocate).
// RTK_PREFILL=0 turns it off, for comparing; the broker reads it once.
constexpr uint64_t kPrefillFrom = 64 * 1024;
constexpr uint64_t kPrefillUpTo = 2 * 1024 * 1024;

bool prefill_enabled() {
    static const bool enabled = [] {
        const char *value = secure_getenv("RTK_PREFILL");
        return value == nullptr || std::string_view(value) != "0";
    }();
    return enabled;
}

// Best effort: a short write leaves the rest to be zeroed at first touch,
// as without the prefill; the pages are already reserved.
void prefill_with_zeros(int fd, uint64_t size) {
    static const char zeros[64 * 1024] = {};
    for (uint64_t at = 0; at < size;) {
        const auto chunk = static_cast<size_t>(std::min<uint64_t>(sizeof zeros, size - at));
        const ssize_t written = pwrite(fd, zeros, chunk, static_cast<off_t>(at));
        if (written <= 0) return;
        at += static_cast<uint64_t>(written);
    }
}

}  // namespace

BackingResult make_memfd_backing(uint64_t size) {
    const uint64_t page = static_cast<uint64_t>(sysconf(_SC_PAGESIZE));
    // Whole pages, so no touch within the last mapped page can fault.
    const uint64_t reserved = (size + page - 1) / page * page;
    const int fd = memfd_create("rtkref-shm", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (fd < 0) return {status_from_errno(errno), nullptr};
    if (ftruncate(fd, static_cast<off_t>(reserved)) != 0 ||
        fallocate(fd, 0, 0, static_cast<off_t>(reserved)) != 0) {
        const int error = errno;
        close(fd);
        return {status_from_errno(error), nullptr};
    }
    if (reserved >= kPrefillFrom && reserved <= kPrefillUpTo && prefill_enabled()) {
        prefill_with_zeros(fd, reserved);
    }
    // Clients may not resize the object under each other's views.
    fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_SEAL);
    return {STATUS_SUCCESS, std::make_shared<MemfdBacking>(fd)};
}

}  // namespace rtkref::linux_backend
