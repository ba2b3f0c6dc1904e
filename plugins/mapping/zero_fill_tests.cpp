// SHM-MAP-002, 003: fresh memory reads as zero, including a name whose
// previous object was destroyed (D8; rules in mapping_rules.cpp).
#include <string>

#include "rtkconf/plugin/support.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;

const uint32_t kFreshSizes[] = {1, 4096, 4097, 1u << 20};

TEST(SHM_MAP_002, NewObjectReadsZero) {
    PeerGroup group;
    Peer &creator = group.spawn_attached();
    Peer &opener = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kFreshSizes); ++i) {
        const uint32_t size = kFreshSizes[i];
        const std::string label = row_label(i, std::to_string(size) + " bytes");
        const std::u16string name = unique_name("fresh");
        ASSERT_TRUE(Succeeded(creator.run(steps::create_shm("c", name, size)))) << label;
        EXPECT_TRUE(StepOk(creator.run(steps::check_zero("c", 0, size))))
            << label << ": the creator's view";
        ASSERT_TRUE(Succeeded(opener.run(steps::open_shm("o", name)))) << label;
        EXPECT_TRUE(StepOk(opener.run(steps::check_zero("o", 0, size))))
            << label << ": an opener's view";
        EXPECT_TRUE(Succeeded(opener.run(steps::close("o")))) << label;
        EXPECT_TRUE(Succeeded(creator.run(steps::close("c")))) << label;
    }
    const StepResult unnamed = creator.run(steps::create_unnamed_shm("u", 8192));
    ASSERT_TRUE(Succeeded(unnamed)) << "unnamed create";
    EXPECT_TRUE(StepOk(creator.run(steps::check_zero("u", 0, 8192)))) << "an unnamed object";
}

struct RecreateRow {
    const char *label;
    bool other_process;
    uint32_t first_size, second_size;
};

const RecreateRow kRecreate[] = {
    {"the same process re-creates", false, 8192, 8192},
    {"another process re-creates", true, 8192, 8192},
    {"re-created larger", true, 8192, 65536},
    {"re-created smaller", false, 65536, 4096},
};

TEST(SHM_MAP_003, RecreatedNameReadsZero) {
    PeerGroup group;
    Peer &first = group.spawn_attached();
    Peer &second = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kRecreate); ++i) {
        const RecreateRow &row = kRecreate[i];
        const std::string label = row_label(i, row.label);
        const std::u16string name = unique_name("recreate");
        ASSERT_TRUE(Succeeded(first.run(steps::create_shm("a", name, row.first_size)))) << label;
        ASSERT_TRUE(
            StepOk(first.run(steps::write("a", 0, row.first_size, 400 + static_cast<uint32_t>(i)))))
            << label;
        ASSERT_TRUE(Succeeded(first.run(steps::close("a")))) << label << ": the last close";
        Peer &again = row.other_process ? second : first;
        ASSERT_TRUE(Succeeded(again.run(steps::create_shm("b", name, row.second_size)))) << label;
        EXPECT_TRUE(StepOk(again.run(steps::check_zero("b", 0, row.second_size))))
            << label << ": the destroyed object's contents showed through";
        EXPECT_TRUE(Succeeded(again.run(steps::close("b")))) << label;
    }
}

}  // namespace
