#include "spin.h"

#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <cstring>

namespace rtkref::linux_backend {
namespace {

std::chrono::microseconds configured_spin() {
    if (const char *text = secure_getenv("RTK_SPIN_US"); text && *text) {
        const long value = std::atol(text);
        if (value >= 0 && value <= 100000) return std::chrono::microseconds(value);
    }
    return AdaptiveSpin::kMaxSpin;
}

int usable_cores() {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) != 0) return 1;
    return CPU_COUNT(&set);
}

// Threads running or ready to run, this one included: the fourth field of
// /proc/loadavg, "running/total". -1 when unknown.
int runnable_threads() {
    const int fd = open("/proc/loadavg", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    char text[128] = {};
    const ssize_t got = read(fd, text, sizeof text - 1);
    close(fd);
    if (got <= 0) return -1;
    const char *field = text;
    for (int spaces = 0; spaces < 3 && field != nullptr; ++spaces) {
        field = std::strchr(field, ' ');
        if (field != nullptr) ++field;
    }
    return field != nullptr ? std::atoi(field) : -1;
}

}  // namespace

bool AdaptiveSpin::cores_to_spare() {
    static const int cores = usable_cores();
    static std::atomic<int64_t> checked_at{0};
    static std::atomic<bool> spare{true};
    const int64_t now =
        std::chrono::duration_cast<std::chrono::microseconds>(Clock::now().time_since_epoch())
            .count();
    if (now - checked_at.load(std::memory_order_relaxed) < 5000) {
        return spare.load(std::memory_order_relaxed);
    }
    checked_at.store(now, std::memory_order_relaxed);
    const int runnable = runnable_threads();
    spare.store(runnable >= 0 && runnable <= cores, std::memory_order_relaxed);
    return spare.load(std::memory_order_relaxed);
}

AdaptiveSpin::AdaptiveSpin() : max_(configured_spin()), budget_(max_) {}

}  // namespace rtkref::linux_backend
