// StartGate: nobody goes before the last arrival, and the last arrival's
// wakeup is never lost (the fault that made std::latch hang under mingw-w64).
#include "rtkconf/start_gate.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <thread>
#include <vector>

namespace {

using namespace std::chrono_literals;
using rtkconf::StartGate;

TEST(StartGate, HoldsEveryoneUntilTheLastArrives) {
    StartGate gate(3);
    std::atomic<int> passed{0};
    std::vector<std::thread> early;
    for (int i = 0; i < 2; ++i)
        early.emplace_back([&] {
            gate.arrive_and_wait();
            ++passed;
        });
    std::this_thread::sleep_for(100ms);
    EXPECT_EQ(passed.load(), 0) << "a thread went through before the third arrival";
    gate.arrive_and_wait();
    for (std::thread &t : early) t.join();
    EXPECT_EQ(passed.load(), 2);
}

TEST(StartGate, ArrivalsBeyondTheCountDoNotWait) {
    StartGate gate(1);
    gate.arrive_and_wait();
    gate.arrive_and_wait();  // returns: the gate is open for good
    SUCCEED();
}

// Two fresh threads meet at a fresh gate, round after round: the pattern
// of the racing tests. std::latch from GCC 12's libstdc++ for mingw-w64 lost
// the wakeup within a few thousand rounds under wine. A lost wakeup shows
// here as a failure, not as a hung test: the rounds run on their own thread
// and this one waits for them with a deadline.
TEST(StartGate, NeverLosesTheLastArrivalsWakeup) {
    constexpr int kRounds = 3000;
    struct Progress {
        std::atomic<int> rounds_done{0};
        std::promise<void> finished;
    };
    auto progress = std::make_shared<Progress>();
    std::future<void> finished = progress->finished.get_future();
    std::thread rounds([progress] {
        for (int r = 0; r < kRounds; ++r) {
            // Shared, so a round stuck past the deadline still owns its gate.
            auto gate = std::make_shared<StartGate>(2);
            std::thread a([gate] { gate->arrive_and_wait(); });
            std::thread b([gate] { gate->arrive_and_wait(); });
            a.join();
            b.join();
            ++progress->rounds_done;
        }
        progress->finished.set_value();
    });
    if (finished.wait_for(120s) != std::future_status::ready) {
        rounds.detach();  // blocked for good; the process exit ends it
        FAIL() << "round " << progress->rounds_done.load() << " of " << kRounds
               << " never ended: a thread slept through the gate opening";
    }
    rounds.join();
    EXPECT_EQ(progress->rounds_done.load(), kRounds);
}

}  // namespace
