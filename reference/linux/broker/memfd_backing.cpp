#include "memfd_backing.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>

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
    // Clients may not resize the object under each other's views.
    fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_SEAL);
    return {STATUS_SUCCESS, std::make_shared<MemfdBacking>(fd)};
}

}  // namespace rtkref::linux_backend
