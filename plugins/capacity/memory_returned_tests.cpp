// SHM-CAP-006: memory comes back at the last close (rule in
// capacity_rules.cpp). Short run: a process that may lock 8 MiB (or
// less: its hard limit) creates and destroys 16 objects of 4 MiB (8 times
// its limit): an implementation that keeps that memory runs out within
// three rounds. Heavy run:
// no limit, 1,024 objects of 64 MiB, 64 GiB in all, several times the free
// memory of the machines the suite runs on, so the system's memory must
// come back too.
#include <string>

#include "rtkconf/plugin/support.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;

constexpr uint32_t kMiB = 1u << 20;

struct Plan {
    uint32_t size;
    int rounds;
};

TEST(SHM_CAP_006, CreateAndDestroyManyTimesWhatFits) {
    const bool heavy = run_context().heavy;
    const Plan plan = heavy ? Plan{64 * kMiB, 1024} : Plan{4 * kMiB, 16};
    RunContext context = run_context();
    if (!heavy && memlock_limit_supported()) context.memlock_limit = uint64_t{8} * kMiB;
    PeerGroup group(context);
    Peer &peer = group.spawn_attached();
    for (int round = 0; round < plan.rounds; ++round) {
        const std::string row = "round " + std::to_string(round) + " (" +
                                std::to_string(uint64_t{plan.size} * round / kMiB) +
                                " MiB created and destroyed before it)";
        const std::u16string name = unique_name("churn-big");
        ASSERT_TRUE(Succeeded(peer.run(steps::create_shm("m", name, plan.size)))) << row;
        // First and last page: the whole view was locked at create (D9),
        // the touch only proves it is there.
        EXPECT_TRUE(StepOk(peer.run(steps::write("m", 0, 4096, 11)))) << row;
        EXPECT_TRUE(StepOk(peer.run(steps::write("m", plan.size - 4096, 4096, 12)))) << row;
        ASSERT_TRUE(Succeeded(peer.run(steps::unmap("m")))) << row;
        ASSERT_TRUE(Succeeded(peer.run(steps::close("m")))) << row;
    }
}

}  // namespace
