// SHM-LIFE-004: one process closes the last handle while another creates
// the same name. Either order is legal; a mixture is not (rules in
// lifetime_rules.cpp).
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
// How long the close waits after the create was sent, in milliseconds.
// A create that finds the name, then opens it, has a window between the
// two; calls sent together hit it only when the scheduler lines them up,
// so most rounds send the close a little later, into the window, at
// several offsets (whatever the machine's speed one of them lands there).
constexpr int kCloseDelaysMs[] = {0, 1, 2, 4, 7, 11, 16, 22};

TEST(SHM_LIFE_004, CreateRacingTheLastCloseIsConsistent) {
    PeerGroup group;
    Peer &closer = group.spawn_attached();
    Peer &creator = group.spawn_attached();
    Peer &observer = group.spawn_attached();
    for (int round = 0; round < kRounds; ++round) {
        const std::u16string name = unique_name("race-close");
        const uint32_t seed = 50 + 2 * static_cast<uint32_t>(round);
        const std::chrono::milliseconds close_delay(
            kCloseDelaysMs[static_cast<std::size_t>(round) % std::size(kCloseDelaysMs)]);
        const std::string row = "round " + std::to_string(round) + " (close sent " +
                                std::to_string(close_delay.count()) + " ms after the create)";
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
