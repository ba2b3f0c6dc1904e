// SHM-LIFE-004: one process closes the last handle while another creates
// the same name. Either order is legal; a mixture is not (rules in
// lifetime_rules.cpp).
#include <algorithm>
#include <chrono>
#include <iterator>
#include <string>
#include <thread>

#include "lifetime_helpers.h"
#include "rtkconf/start_gate.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;
using namespace rtkconf::plugin::lifetime;

constexpr int kRounds = 24;
// When the close is sent, in 22nds of the span: denser early, where a
// fast create's window opens.
constexpr int kOffsets[] = {0, 1, 2, 4, 7, 11, 16, 22};
constexpr int kParts = 22;
// The span is never shorter than this: a window a few milliseconds into a
// fast create is reached however quick the machine.
constexpr std::chrono::microseconds kMinimumSpan{22000};
// Nor longer than this, so 24 rounds stay within the test's time.
constexpr std::chrono::microseconds kMaximumSpan{250000};

// How long a create on an existing name takes here, as the test sees it
// (the slowest of three, load and all): whatever window an implementation
// has between finding the name and opening it lies within that time.
std::chrono::microseconds existing_name_create_time(Peer &holder, Peer &creator) {
    const std::u16string name = unique_name("race-close-timing");
    std::chrono::microseconds slowest{0};
    if (!Succeeded(holder.run(steps::create_shm("t", name, kSize)))) return slowest;
    for (int i = 0; i < 3; ++i) {
        const auto started = std::chrono::steady_clock::now();
        const StepResult made = creator.run(steps::create_shm("t", name, kSize));
        const auto took = std::chrono::duration_cast<std::chrono::microseconds>(
            std::chrono::steady_clock::now() - started);
        if (!Succeeded(made)) break;
        slowest = std::max(slowest, took);
        creator.run(steps::unmap("t"));
        creator.run(steps::close("t"));
    }
    holder.run(steps::unmap("t"));
    holder.run(steps::close("t"));
    return slowest;
}

TEST(SHM_LIFE_004, CreateRacingTheLastCloseIsConsistent) {
    PeerGroup group;
    Peer &closer = group.spawn_attached();
    Peer &creator = group.spawn_attached();
    Peer &observer = group.spawn_attached();
    // The close is sent at offsets spread over the time a create on an
    // existing name takes here, measured, so a window anywhere inside the
    // create is hit whatever the machine's speed and load, not only when
    // the scheduler happens to line the two calls up.
    const std::chrono::microseconds span =
        std::clamp(existing_name_create_time(closer, creator), kMinimumSpan, kMaximumSpan);
    for (int round = 0; round < kRounds; ++round) {
        const std::u16string name = unique_name("race-close");
        const uint32_t seed = 50 + 2 * static_cast<uint32_t>(round);
        const std::chrono::microseconds close_delay =
            span * kOffsets[static_cast<std::size_t>(round) % std::size(kOffsets)] / kParts;
        const std::string row = "round " + std::to_string(round) + " (close sent " +
                                std::to_string(close_delay.count()) + " us after the create, " +
                                "of a " + std::to_string(span.count()) + " us span)";
        ASSERT_TRUE(Succeeded(closer.run(steps::create_shm("h", name, kSize)))) << row;
        ASSERT_TRUE(StepOk(closer.run(steps::write("h", 0, kSize, seed)))) << row;
        // Every holder unmaps before its close (the pages' order), so
        // the rule does not lean on D5.
        ASSERT_TRUE(Succeeded(closer.run(steps::unmap("h")))) << row;

        // The close leaves close_delay after the create; results are
        // checked on this thread.
        StepResult closed, created;
        StartGate start(2);
        std::thread closing([&] {
            start.arrive_and_wait();
            std::this_thread::sleep_for(close_delay);
            closed = closer.run(steps::close("h"));
        });
        std::thread creating([&] {
            start.arrive_and_wait();
            created = creator.run(steps::create_shm("c", name, kSize));
        });
        closing.join();
        creating.join();
        EXPECT_TRUE(Succeeded(closed)) << row << ": the last close";
        ASSERT_TRUE(Succeeded(created)) << row << ": the racing create";

        // The old object or a new one: the page says nothing of a new
        // one's contents (zero fill is D8, SHM-MAP-003), only that it is
        // one object, shared by the next opener...
        const StepResult opened = observer.run(steps::open_shm("o", name));
        EXPECT_TRUE(Succeeded(opened)) << row << ": the surviving object does not open";
        if (Succeeded(opened)) {
            EXPECT_TRUE(StepOk(observer.run(steps::write("o", 0, kSize, seed + 1)))) << row;
            EXPECT_TRUE(StepOk(creator.run(steps::check("c", 0, kSize, seed + 1))))
                << row << ": the racing creator and a later opener see different memory";
            EXPECT_TRUE(Succeeded(observer.run(steps::unmap("o")))) << row;
            EXPECT_TRUE(Succeeded(observer.run(steps::close("o")))) << row;
        }
        // ...and held by the creator alone: its close ends it.
        EXPECT_TRUE(Succeeded(creator.run(steps::unmap("c")))) << row;
        EXPECT_TRUE(Succeeded(creator.run(steps::close("c")))) << row;
        EXPECT_TRUE(Failed(probe_open(observer, name)))
            << row << ": a reference survived the race: the name still opens after every close";
    }
}

}  // namespace
