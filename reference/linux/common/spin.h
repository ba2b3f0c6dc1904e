// Polling for a moment before sleeping, on both sides of the broker
// connection. A sleeping core takes 60-70 us to wake on small VMs, far
// more than a request's work, so a client in a loop of calls gains most
// when neither side sleeps between them. The spin adapts, so it costs
// little CPU where it does not pay:
//  - at most kMaxSpin per wait, never while idle (a wait that found
//    nothing sleeps);
//  - a spin that found nothing quarters the next one (100, 25, 6, 1, 0
//    us), so sparse traffic soon costs nothing;
//  - an event that came soon after the spin gave up (within
//    kRearmWindow of the wait's start) restores the full spin;
//  - no spin at all while more threads want to run than there are cores
//    (looked up at most every 5 ms), and a spin that lost its core stops
//    at once: on a busy machine spinning only takes time from whoever
//    would answer, and the sleeping side's core is not idle anyway.
// It never yields: under load a yield gives the core away for a whole
// time slice (milliseconds).
#pragma once

#include <chrono>

namespace rtkref::linux_backend {

class AdaptiveSpin {
  public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::microseconds kMaxSpin{100};
    static constexpr std::chrono::microseconds kRearmWindow{400};

    // RTK_SPIN_US, when set, replaces kMaxSpin (0: never spin).
    AdaptiveSpin();

    // Calls `ready()` until it returns true or the spin's budget is spent;
    // true when it did. `started` is when the wait began.
    template <class Ready>
    bool spin(Ready ready, Clock::time_point started) {
        if (budget_ != Clock::duration::zero() && !cores_to_spare()) return ready();
        const Clock::time_point end = started + budget_;
        for (Clock::time_point last = started;;) {
            if (ready()) {
                budget_ = max_;
                return true;
            }
            const Clock::time_point now = Clock::now();
            if (now - last > kLostCore) {
                budget_ = Clock::duration::zero();
                return false;
            }
            if (now >= end) {
                budget_ /= 4;
                return false;
            }
            last = now;
        }
    }

    // After a sleep that ended with an event: re-arms the spin when the
    // event came soon enough that spinning would have caught it.
    void woke(Clock::time_point started) {
        if (Clock::now() - started < kRearmWindow) budget_ = max_;
    }

    Clock::duration max() const { return max_; }

  private:
    // Whether the threads that want to run leave this one a core.
    static bool cores_to_spare();

    // A poll takes about a microsecond; a gap this long means the thread
    // was preempted.
    static constexpr std::chrono::microseconds kLostCore{30};

    Clock::duration max_;
    Clock::duration budget_;
};

}  // namespace rtkref::linux_backend
