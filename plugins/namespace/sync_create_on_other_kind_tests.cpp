// SHM-NS-011..013: a mutex, an event or a semaphore created on a name any
// other kind holds, and every refused create's holder (rules in
// namespace_rules.cpp).
#include <string>

#include "kind_pairs.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;
using namespace rtkconf::plugin::ns;

bool sync_caller(const KindPair &pair) {
    return pair.caller != ObjectKind::shared_memory;
}

// `check` judges each refused create; the holder is made in peer 1, the
// call comes from peer 2 or from peer 1 itself.
template <typename Check>
void create_sync_on_held_names(bool only_sync_holders, Check check) {
    PeerGroup group;
    Peer &holder = group.spawn_attached();
    Peer &other = group.spawn_attached();
    const auto pairs = kind_pairs([&](const KindPair &p) {
        return sync_caller(p) && (!only_sync_holders || p.holder != ObjectKind::shared_memory);
    });
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        for (const Placement &placement : kPlacements) {
            const std::string row = pair_row(i, pairs[i]) + ", " + placement.label;
            const std::u16string name = unique_name("ns-pair");
            ASSERT_TRUE(Succeeded(holder.run(steps::create_kind(pairs[i].holder, "h", name))))
                << row << ": the holder's create";
            Peer &caller = placement.same_process ? holder : other;
            check(caller.run(steps::create_kind(pairs[i].caller, "k", name)), row);
            EXPECT_TRUE(Succeeded(holder.run(steps::close("h")))) << row << ": the holder's close";
        }
    }
}

TEST(SHM_NS_011, SyncObjectOnAnotherKindsNameFails) {
    create_sync_on_held_names(false, [](const StepResult &r, const std::string &row) {
        EXPECT_TRUE(Failed(r)) << row;
        EXPECT_EQ(r.handle, 0u) << row << ": a handle was written";
    });
}

// The code for the pairs of two synchronisation kinds (SHM-NS-004..006
// have the ones on a shared memory object's name).
TEST(SHM_NS_012, SyncObjectOnAnotherSyncKindsNameReturnsInvalidHandle) {
    create_sync_on_held_names(true, [](const StepResult &r, const std::string &row) {
        EXPECT_TRUE(ReturnedExactly(r, STATUS_INVALID_HANDLE)) << row;
    });
}

// SHM-NS-008 and 009 have mutex over shared memory and the reverse.
bool not_in_ns_008_009(const KindPair &p) {
    const bool shm_mutex = p.holder == ObjectKind::mutex && p.caller == ObjectKind::shared_memory;
    const bool mutex_shm = p.holder == ObjectKind::shared_memory && p.caller == ObjectKind::mutex;
    return !shm_mutex && !mutex_shm;
}

TEST(SHM_NS_013, RefusedCreateLeavesTheHolderIntact) {
    PeerGroup group;
    Peer &holder = group.spawn_attached();
    Peer &colliding = group.spawn_attached();
    Peer &observer = group.spawn_attached();
    const auto pairs = kind_pairs(not_in_ns_008_009);
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        const std::string row = pair_row(i, pairs[i]);
        const bool shm_holder = pairs[i].holder == ObjectKind::shared_memory;
        const uint32_t seed = 4000 + static_cast<uint32_t>(i);
        const std::u16string name = unique_name("ns-keep");
        ASSERT_TRUE(Succeeded(holder.run(steps::create_kind(pairs[i].holder, "h", name))))
            << row << ": the holder's create";
        if (shm_holder) {
            ASSERT_TRUE(StepOk(holder.run(steps::write("h", 0, kSize, seed)))) << row;
        }
        // Twice: a reference dropped on the failure path destroys the
        // holder's object at the second refusal at the latest. Whether the
        // create fails is SHM-NS-001..003 and 011's to judge.
        for (int attempt = 0; attempt < 2; ++attempt) {
            const StepResult r = colliding.run(steps::create_kind(pairs[i].caller, "k", name));
            ASSERT_TRUE(r.called) << row << ", attempt " << attempt << ": " << r.detail;
            if (Succeeded(r)) {
                EXPECT_TRUE(Succeeded(colliding.run(steps::close("k")))) << row;
            }
        }
        const StepResult reopened = observer.run(steps::open_kind(pairs[i].holder, "o", name));
        EXPECT_TRUE(Succeeded(reopened)) << row << ": the holder's object no longer opens";
        if (Succeeded(reopened)) {
            if (shm_holder) {
                EXPECT_TRUE(StepOk(observer.run(steps::check("o", 0, kSize, seed))))
                    << row << ": the holder's contents changed";
            }
            EXPECT_TRUE(Succeeded(observer.run(steps::close("o")))) << row;
        }
        EXPECT_TRUE(Succeeded(holder.run(steps::close("h")))) << row << ": the holder's close";
    }
}

}  // namespace
