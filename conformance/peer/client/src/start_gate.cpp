#include "rtkconf/start_gate.h"

namespace rtkconf {

StartGate::StartGate(std::size_t expected) : still_expected_(expected) {}

void StartGate::arrive_and_wait() {
    std::unique_lock lock(mutex_);
    if (still_expected_ > 0) --still_expected_;
    if (still_expected_ == 0) {
        // Under the lock: a waiter may destroy the gate as soon as it
        // returns, which it cannot do before this call is over.
        opened_.notify_all();
        return;
    }
    opened_.wait(lock, [this] { return still_expected_ == 0; });
}

}  // namespace rtkconf
