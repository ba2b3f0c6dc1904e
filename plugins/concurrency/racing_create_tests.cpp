// SHM-CONC-001, 003: many peers creating one name at the same moment end
// up with one object, which lives until the last of them closes it, who
// ever won the race (rules in concurrency_rules.cpp).
#include <string>
#include <vector>

#include "parallel_steps.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;
using namespace rtkconf::plugin::concurrency;

constexpr std::size_t kPeers = 16;
constexpr int kCreateRaceRounds = 50;
constexpr uint32_t kCreateRaceSize = 4096;
constexpr uint64_t kSlot = 64;  // each peer's own bytes: [i * kSlot, (i + 1) * kSlot)

uint32_t seed_of(int round, std::size_t peer) {
    return static_cast<uint32_t>(600 + 20 * round + static_cast<int>(peer));
}

std::vector<Peer *> spawn_racers(PeerGroup &group) {
    std::vector<Peer *> peers;
    for (std::size_t i = 0; i < kPeers; ++i) peers.push_back(&group.spawn_attached());
    return peers;
}

// Every peer creates `name` and writes its slot at once. True when all
// of them succeeded; each failure is reported.
bool race_create(const std::vector<Peer *> &peers, const std::u16string &name, int round,
                 const std::string &row) {
    std::vector<std::vector<Step>> plans;
    for (std::size_t i = 0; i < peers.size(); ++i)
        plans.push_back({steps::create_shm("v", name, kCreateRaceSize),
                         steps::write("v", i * kSlot, kSlot, seed_of(round, i))});
    const auto results = run_in_parallel(peers, plans);
    bool all_created = true;
    for (std::size_t i = 0; i < peers.size(); ++i) {
        const bool created = !results[i].empty() && Succeeded(results[i][0]);
        EXPECT_TRUE(created) << row << ": peer " << i + 1 << "'s create: "
                             << (results[i].empty() ? "no result"
                                                    : status_text(results[i][0].status));
        all_created &= created && results[i].size() == 2 && StepOk(results[i][1]);
    }
    return all_created;
}

void release(Peer &peer, const std::string &row) {
    EXPECT_TRUE(Succeeded(peer.run(steps::unmap("v")))) << row;
    EXPECT_TRUE(Succeeded(peer.run(steps::close("v")))) << row;
}

TEST(SHM_CONC_001, RacingCreatesShareOneObject) {
    PeerGroup group;
    const std::vector<Peer *> peers = spawn_racers(group);
    for (int round = 0; round < kCreateRaceRounds; ++round) {
        const std::string row = "round " + std::to_string(round);
        const std::u16string name = unique_name("race-create");
        if (!race_create(peers, name, round, row)) continue;
        // A ring of checks: a peer left with an object of its own fails
        // both its own check and its neighbour's. Every write is done, so
        // the checks, and then the closes, may run side by side.
        std::vector<std::vector<Step>> checks, releases;
        for (std::size_t reader = 0; reader < kPeers; ++reader) {
            const std::size_t writer = (reader + 1) % kPeers;
            checks.push_back({steps::check("v", writer * kSlot, kSlot, seed_of(round, writer))});
            releases.push_back({steps::unmap("v"), steps::close("v")});
        }
        const auto checked = run_in_parallel(peers, checks);
        for (std::size_t reader = 0; reader < kPeers; ++reader)
            EXPECT_TRUE(checked[reader].size() == 1 && StepOk(checked[reader][0]))
                << row << ": peer " << reader + 1 << " does not see peer "
                << (reader + 1) % kPeers + 1 << "'s slot";
        const auto released = run_in_parallel(peers, releases);
        for (std::size_t i = 0; i < kPeers; ++i)
            EXPECT_TRUE(released[i].size() == 2 && Succeeded(released[i][0]) &&
                        Succeeded(released[i][1]))
                << row << ": peer " << i + 1 << "'s unmap and close";
        EXPECT_TRUE(Failed(peers[0]->run(steps::open_shm("gone", name))))
            << row << ": the name still opens after every creator closed";
    }
}

// Closes in an order that turns every round, and after each close but the
// last an observer opens the name again: it must find the
// same object. Whoever won a round's race closes somewhere in the middle
// of most rounds, so an implementation that lets the winner's close end
// the object (a creator that "unlinks") fails in nearly every round.
constexpr int kCloseRounds = 12;

TEST(SHM_CONC_003, ObjectOutlivesEveryCloseButTheLast) {
    PeerGroup group;
    const std::vector<Peer *> peers = spawn_racers(group);
    Peer &observer = group.spawn_attached();
    for (int round = 0; round < kCloseRounds; ++round) {
        const std::string row = "round " + std::to_string(round);
        const std::u16string name = unique_name("race-close-order");
        if (!race_create(peers, name, round, row)) continue;
        for (std::size_t k = 0; k < kPeers; ++k) {
            const std::size_t closer = (k + static_cast<std::size_t>(round) * 5) % kPeers;
            release(*peers[closer], row);
            // After the last close the name is gone: SHM-CONC-001 checks
            // that, and the leak probe; this rule is about the closes before.
            if (k + 1 == kPeers) break;
            const StepResult probe = observer.run(steps::open_shm("o", name));
            EXPECT_TRUE(Succeeded(probe))
                << row << ": after " << k + 1 << " of " << kPeers << " closes (last: peer "
                << closer + 1 << ") the name no longer opens";
            if (!probe.called || probe.status < 0) continue;
            EXPECT_TRUE(StepOk(
                observer.run(steps::check("o", closer * kSlot, kSlot, seed_of(round, closer)))))
                << row << ": after peer " << closer + 1 << "'s close the name opens another object";
            EXPECT_TRUE(Succeeded(observer.run(steps::unmap("o")))) << row;
            EXPECT_TRUE(Succeeded(observer.run(steps::close("o")))) << row;
        }
    }
}

}  // namespace
