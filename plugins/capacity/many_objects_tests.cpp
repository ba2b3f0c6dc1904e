// SHM-CAP-001, 002: 1,000 live named objects (rules in capacity_rules.cpp).
#include <vector>

#include "many_objects.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;
using namespace rtkconf::plugin::capacity;

constexpr std::size_t kObjects = 1000;
constexpr std::size_t kProcesses = 4;

TEST(SHM_CAP_001, AThousandObjectsInOneProcess) {
    PeerGroup group;
    Batch batch{&group.spawn_attached(), "p1", {}, 1000, 0};
    Peer &observer = group.spawn_attached();
    create_batch(batch, kObjects);
    EXPECT_EQ(batch.created, kObjects) << "objects created";
    check_batch(batch);
    release_batch(batch);
    expect_all_gone(observer, batch.names);
}

TEST(SHM_CAP_002, AThousandObjectsAcrossFourProcesses) {
    PeerGroup group;
    std::vector<Batch> batches;
    for (std::size_t p = 0; p < kProcesses; ++p)
        batches.push_back(Batch{&group.spawn_attached(),
                                "p" + std::to_string(p + 1),
                                {},
                                static_cast<uint32_t>(5000 + 1000 * p),
                                0});
    Peer &observer = group.spawn_attached();
    // Interleaved, so the namespace holds objects of every process at once
    // from the start.
    const std::size_t each = kObjects / kProcesses;
    for (Batch &b : batches) create_batch(b, each);
    for (Batch &b : batches) {
        EXPECT_EQ(b.created, each) << b.tag << ": objects created";
        check_batch(b);
    }
    // Shared by name: the next process opens a few of each one's objects.
    for (std::size_t p = 0; p < kProcesses; ++p) {
        const Batch &owner = batches[p];
        Peer &reader = *batches[(p + 1) % kProcesses].peer;
        for (std::size_t i = 0; i < owner.created; i += each / 5) {
            const std::string row = owner.tag + " object " + std::to_string(i);
            ASSERT_TRUE(Succeeded(reader.run(steps::open_shm("peek", owner.names[i])))) << row;
            EXPECT_TRUE(StepOk(reader.run(
                steps::check("peek", 0, kStamp, owner.first_seed + static_cast<uint32_t>(i)))))
                << row << ": another process opens a different object by this name";
            EXPECT_TRUE(Succeeded(reader.run(steps::unmap("peek")))) << row;
            EXPECT_TRUE(Succeeded(reader.run(steps::close("peek")))) << row;
        }
    }
    std::vector<std::u16string> all;
    for (const Batch &b : batches) {
        release_batch(b);
        all.insert(all.end(), b.names.begin(), b.names.end());
    }
    expect_all_gone(observer, all);
}

}  // namespace
