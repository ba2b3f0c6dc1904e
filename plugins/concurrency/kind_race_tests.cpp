// SHM-CONC-004: shared memory and a mutex created on one name at the same
// moment (rules in concurrency_rules.cpp). An implementation that checks
// the other kinds and then creates, without holding the namespace between,
// lets both win.
#include <chrono>
#include <iterator>
#include <string>
#include <vector>

#include "parallel_steps.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;
using namespace rtkconf::plugin::concurrency;

constexpr int kKindRaceRounds = 24;
constexpr uint32_t kKindRaceSize = 4096;
// How long one side waits after the common start, in milliseconds: the
// race is tried with the calls together and a little apart, each way.
constexpr int kOffsetsMs[] = {0, 1, 2, 4, 7, 11};

TEST(SHM_CONC_004, ExactlyOneKindWinsARacedName) {
    PeerGroup group;
    Peer &memory = group.spawn_attached();
    Peer &mutex = group.spawn_attached();
    Peer &observer = group.spawn_attached();
    const std::vector<Peer *> racers{&memory, &mutex};
    for (int round = 0; round < kKindRaceRounds; ++round) {
        const std::string row = "round " + std::to_string(round);
        const std::u16string name = unique_name("race-kind");
        const std::chrono::milliseconds offset(kOffsetsMs[round % std::size(kOffsetsMs)]);
        const bool mutex_later = round % 2 == 0;
        const auto results = run_staggered(racers,
                                           {{steps::create_shm("m", name, kKindRaceSize)},
                                            {steps::create_kind(ObjectKind::mutex, "x", name)}},
                                           {mutex_later ? std::chrono::microseconds(0) : offset,
                                            mutex_later ? offset : std::chrono::microseconds(0)});
        ASSERT_EQ(results[0].size(), 1u) << row << ": the shared memory create was not made";
        ASSERT_EQ(results[1].size(), 1u) << row << ": the mutex create was not made";
        const bool memory_won = Succeeded(results[0][0]);
        const bool mutex_won = Succeeded(results[1][0]);
        EXPECT_NE(memory_won, mutex_won)
            << row << ": shared memory create " << status_text(results[0][0].status)
            << ", mutex create " << status_text(results[1][0].status)
            << ": exactly one kind must hold the name";

        // The winner really holds the name: it opens as the winner's kind.
        // (That it does not open as the other kind is SHM-NS-007's.)
        if (memory_won && !mutex_won) {
            const StepResult as_memory = observer.run(steps::open_shm("om", name));
            EXPECT_TRUE(Succeeded(as_memory)) << row << ": the winning shared memory does not open";
            if (Succeeded(as_memory)) {
                observer.run(steps::unmap("om"));
                observer.run(steps::close("om"));
            }
        } else if (mutex_won && !memory_won) {
            const StepResult as_mutex =
                observer.run(steps::open_kind(ObjectKind::mutex, "ox", name));
            EXPECT_TRUE(Succeeded(as_mutex)) << row << ": the winning mutex does not open";
            if (Succeeded(as_mutex)) observer.run(steps::close("ox"));
        }
        if (memory_won) {
            EXPECT_TRUE(Succeeded(memory.run(steps::unmap("m")))) << row;
            EXPECT_TRUE(Succeeded(memory.run(steps::close("m")))) << row;
        }
        if (mutex_won) {
            EXPECT_TRUE(Succeeded(mutex.run(steps::close("x")))) << row;
        }
    }
}

}  // namespace
