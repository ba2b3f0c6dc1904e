#include "backing_allocator.h"

#include <sys/eventfd.h>
#include <unistd.h>

namespace rtkref::linux_backend {

BackingAllocator::BackingAllocator(BackingFactory factory)
    : factory_(factory),
      notify_fd_(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)),
      thread_([this] { run(); }) {}

void BackingAllocator::submit(const AllocationJob &job) {
    {
        std::lock_guard lock(mutex_);
        jobs_.push_back(job);
    }
    wake_.notify_one();
}

std::vector<AllocationDone> BackingAllocator::take_done() {
    uint64_t count;
    while (read(notify_fd_, &count, sizeof count) > 0) {
    }
    std::lock_guard lock(mutex_);
    return std::exchange(done_, {});
}

void BackingAllocator::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_.wait(lock, [this] { return !jobs_.empty(); });
        AllocationJob job = jobs_.front();
        jobs_.pop_front();
        lock.unlock();
        BackingResult made = factory_(job.request.size);
        lock.lock();
        done_.push_back({job, std::move(made)});
        const uint64_t one = 1;
        if (write(notify_fd_, &one, sizeof one) < 0) {
            // Only a full counter fails, and then the fd is readable anyway.
        }
    }
}

}  // namespace rtkref::linux_backend
