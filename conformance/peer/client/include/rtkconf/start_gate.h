// StartGate: lets a fixed number of threads go at the same moment, so the
// steps they send to their peers really overlap (racing tests).
//
// Use this, not std::latch: libstdc++ 12 builds std::latch (all of
// std::atomic::wait) on targets without a futex, mingw-w64 among them, as an
// unlocked check followed by a condition-variable wait that the last
// arrival's notify, sent without the lock, can slip past. The waiter then
// sleeps forever; the Windows build of the racing tests hung that way about
// one run in four. Here the count is read and changed only under the mutex
// the waiters sleep on, so no wakeup can be lost.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <mutex>

namespace rtkconf {

class StartGate {
  public:
    // `expected` threads must arrive before any of them is let go.
    explicit StartGate(std::size_t expected);
    StartGate(const StartGate &) = delete;
    StartGate &operator=(const StartGate &) = delete;

    // Blocks until `expected` threads in total have called it; then every
    // one of them returns. Arrivals beyond `expected` return at once.
    void arrive_and_wait();

  private:
    std::mutex mutex_;
    std::condition_variable opened_;
    std::size_t still_expected_;
};

}  // namespace rtkconf
