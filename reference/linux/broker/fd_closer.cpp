#include "fd_closer.h"

#include <unistd.h>

namespace rtkref::linux_backend {

FdCloser::FdCloser() : thread_([this] { run(); }) {}

void FdCloser::close_later(int fd) {
    if (fd < 0) return;
    {
        std::lock_guard lock(mutex_);
        queue_.push_back(fd);
    }
    wake_.notify_one();
}

void FdCloser::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_.wait(lock, [this] { return !queue_.empty(); });
        const int fd = queue_.front();
        queue_.pop_front();
        lock.unlock();
        close(fd);
        lock.lock();
    }
}

}  // namespace rtkref::linux_backend
