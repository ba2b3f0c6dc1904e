// SHM-LIFE-004: one process closes the last handle while another creates
// the same name. Either order is legal; a mixture is not (rules in
// lifetime_rules.cpp).
#include <string>
#include <thread>

#include "lifetime_helpers.h"
#include "rtkconf/start_gate.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;
using namespace rtkconf::plugin::lifetime;

constexpr int kRounds = 12;

Step check_zero(const std::string &var) {
    Step s = steps::check(var, 0, kSize, 0);
    s.op = StepOp::check_zero;
    return s;
}

TEST(SHM_LIFE_004, CreateRacingTheLastCloseIsConsistent) {
    PeerGroup group;
    Peer &closer = group.spawn_attached();
    Peer &creator = group.spawn_attached();
    Peer &observer = group.spawn_attached();
    const bool lenient = group.context().profile == Profile::lenient;
    for (int round = 0; round < kRounds; ++round) {
        const std::string row = "round " + std::to_string(round);
        const std::u16string name = unique_name("race-close");
        const uint32_t seed = 50 + 2 * static_cast<uint32_t>(round);
        ASSERT_TRUE(Succeeded(closer.run(steps::create_shm("h", name, kSize)))) << row;
        ASSERT_TRUE(StepOk(closer.run(steps::write("h", 0, kSize, seed)))) << row;

        // Both calls leave together; results are checked on this thread.
        StepResult closed, created;
        StartGate start(2);
        std::thread closing([&] {
            start.arrive_and_wait();
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

        // The old object (its pattern) or a new one (zero-filled, D8;
        // lenient does not require the zeros).
        const StepResult old_contents = creator.run(steps::check("c", 0, kSize, seed));
        const StepResult new_contents = creator.run(check_zero("c"));
        if (!lenient) {
            EXPECT_TRUE(old_contents.ok || new_contents.ok)
                << row << ": the view is neither the old object (" << old_contents.detail
                << ") nor a fresh one (" << new_contents.detail << ")";
        }

        // Whichever it is, it is one object, shared by the next opener...
        const StepResult opened = observer.run(steps::open_shm("o", name));
        EXPECT_TRUE(Succeeded(opened)) << row << ": the surviving object does not open";
        if (Succeeded(opened)) {
            EXPECT_TRUE(StepOk(observer.run(steps::write("o", 0, kSize, seed + 1)))) << row;
            EXPECT_TRUE(StepOk(creator.run(steps::check("c", 0, kSize, seed + 1))))
                << row << ": the racing creator and a later opener see different memory";
            EXPECT_TRUE(Succeeded(observer.run(steps::close("o")))) << row;
        }
        // ...and held by the creator alone: its close ends it.
        EXPECT_TRUE(Succeeded(creator.run(steps::close("c")))) << row;
        EXPECT_TRUE(Failed(probe_open(observer, name)))
            << row << ": a reference survived the race: the name still opens after every close";
    }
}

}  // namespace
