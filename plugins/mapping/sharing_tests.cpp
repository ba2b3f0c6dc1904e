// SHM-MAP-001, 005: one object is one memory for every process mapping it,
// and unnamed objects are each their own (rules in mapping_rules.cpp).
#include <string>
#include <vector>

#include "rtkconf/plugin/support.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;

struct SharingRow {
    const char *label;
    std::size_t processes;
    uint32_t size;
    bool later_ones_create;  // the others call create on the existing name instead of open
};

const SharingRow kSharing[] = {
    {"2 processes, create + open, 4096 bytes", 2, 4096, false},
    {"3 processes, create + 2 opens, 4096 bytes", 3, 4096, false},
    {"2 processes, both create the name, 4096 bytes", 2, 4096, true},
    {"3 processes, 65539 bytes, unaligned chunks", 3, 65539, false},
};

// Each process writes its own chunk with its own seed, then every process
// reads every chunk: all of them see all writes, in both directions.
TEST(SHM_MAP_001, WritesAreSeenByEveryProcess) {
    PeerGroup group;
    std::vector<Peer *> peers;
    for (int i = 0; i < 3; ++i) peers.push_back(&group.spawn_attached());
    for (std::size_t r = 0; r < std::size(kSharing); ++r) {
        const SharingRow &row = kSharing[r];
        const std::string label = row_label(r, row.label);
        const std::u16string name = unique_name("share");
        ASSERT_TRUE(Succeeded(peers[0]->run(steps::create_shm("v", name, row.size)))) << label;
        for (std::size_t p = 1; p < row.processes; ++p) {
            const Step join = row.later_ones_create ? steps::create_shm("v", name, row.size)
                                                    : steps::open_shm("v", name);
            ASSERT_TRUE(Succeeded(peers[p]->run(join))) << label << ": peer " << p + 1 << " maps";
        }
        const uint64_t chunk = row.size / row.processes;
        auto seed_of = [&](std::size_t p) { return static_cast<uint32_t>(200 + 10 * r + p); };
        for (std::size_t p = 0; p < row.processes; ++p)
            EXPECT_TRUE(StepOk(peers[p]->run(steps::write("v", p * chunk, chunk, seed_of(p)))))
                << label << ": peer " << p + 1 << " writes";
        for (std::size_t reader = 0; reader < row.processes; ++reader)
            for (std::size_t writer = 0; writer < row.processes; ++writer)
                EXPECT_TRUE(StepOk(
                    peers[reader]->run(steps::check("v", writer * chunk, chunk, seed_of(writer)))))
                    << label << ": peer " << reader + 1 << " reads peer " << writer + 1
                    << "'s write";
        for (std::size_t p = 0; p < row.processes; ++p)
            EXPECT_TRUE(Succeeded(peers[p]->run(steps::close("v")))) << label;
    }
}

TEST(SHM_MAP_005, UnnamedObjectsAreDistinct) {
    constexpr uint32_t kSize = 4096;
    PeerGroup group;
    Peer &first = group.spawn_attached();
    Peer &second = group.spawn_attached();
    for (int two_processes = 0; two_processes < 2; ++two_processes) {
        const std::string label = row_label(static_cast<std::size_t>(two_processes),
                                            two_processes ? "two processes" : "one process");
        Peer &other = two_processes ? second : first;
        const StepResult a = first.run(steps::create_unnamed_shm("a", kSize));
        const StepResult b = other.run(steps::create_unnamed_shm("b", kSize));
        ASSERT_TRUE(Succeeded(a)) << label << ": first NULL-name create";
        ASSERT_TRUE(Succeeded(b)) << label << ": second NULL-name create";
        if (!two_processes) {
            EXPECT_NE(a.handle, b.handle) << label << ": one handle for both";
        }
        const uint32_t seed = 300 + 2 * static_cast<uint32_t>(two_processes);
        EXPECT_TRUE(StepOk(first.run(steps::write("a", 0, kSize, seed)))) << label;
        EXPECT_TRUE(StepOk(other.run(steps::write("b", 0, kSize, seed + 1)))) << label;
        EXPECT_TRUE(StepOk(first.run(steps::check("a", 0, kSize, seed))))
            << label << ": the second object's write showed in the first";
        EXPECT_TRUE(StepOk(other.run(steps::check("b", 0, kSize, seed + 1)))) << label;
        EXPECT_TRUE(Succeeded(other.run(steps::close("b")))) << label;
        EXPECT_TRUE(Succeeded(first.run(steps::close("a")))) << label;
    }
}

}  // namespace
