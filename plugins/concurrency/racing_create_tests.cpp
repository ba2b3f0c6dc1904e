// SHM-CONC-001: peers creating one name at the same moment end up with
// one object (rules in concurrency_rules.cpp).
#include <string>
#include <vector>

#include "parallel_steps.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;
using namespace rtkconf::plugin::concurrency;

constexpr std::size_t kPeers = 4;
constexpr int kRounds = 5;
constexpr uint32_t kSize = 4096;
constexpr uint64_t kSlot = 64;  // each peer's own bytes: [i * kSlot, (i + 1) * kSlot)

TEST(SHM_CONC_001, RacingCreatesShareOneObject) {
    PeerGroup group;
    std::vector<Peer *> peers;
    for (std::size_t i = 0; i < kPeers; ++i) peers.push_back(&group.spawn_attached());
    for (int round = 0; round < kRounds; ++round) {
        const std::string row = "round " + std::to_string(round);
        const std::u16string name = unique_name("race-create");
        auto seed_of = [&](std::size_t i) { return static_cast<uint32_t>(600 + 10 * round + i); };
        // Every peer creates and writes its slot at once: a loser that got
        // a second object of its own shows as slots missing elsewhere.
        std::vector<std::vector<Step>> plans;
        for (std::size_t i = 0; i < kPeers; ++i)
            plans.push_back({steps::create_shm("v", name, kSize),
                             steps::write("v", i * kSlot, kSlot, seed_of(i))});
        const auto results = run_in_parallel(peers, plans);
        bool all_created = true;
        for (std::size_t i = 0; i < kPeers; ++i) {
            const bool created = !results[i].empty() && Succeeded(results[i][0]);
            EXPECT_TRUE(created) << row << ": peer " << i + 1 << "'s create: "
                                 << (results[i].empty() ? "no result"
                                                        : status_text(results[i][0].status));
            all_created &= created && results[i].size() == 2 && StepOk(results[i][1]);
        }
        if (!all_created) continue;
        for (std::size_t reader = 0; reader < kPeers; ++reader)
            for (std::size_t writer = 0; writer < kPeers; ++writer)
                EXPECT_TRUE(StepOk(
                    peers[reader]->run(steps::check("v", writer * kSlot, kSlot, seed_of(writer)))))
                    << row << ": peer " << reader + 1 << " does not see peer " << writer + 1
                    << "'s slot";
        for (Peer *peer : peers) EXPECT_TRUE(Succeeded(peer->run(steps::close("v")))) << row;
        EXPECT_TRUE(Failed(peers[0]->run(steps::open_shm("gone", name))))
            << row << ": the name still opens after every creator closed";
    }
}

}  // namespace
