// SHM-MAP-004: "physical memory": the region is resident before its first
// touch (D9; rules in mapping_rules.cpp).
#include <string>

#include "rtkconf/plugin/support.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;

const uint32_t kResidentSizes[] = {4096, 256 * 1024, 2u << 20};

// No write or check before the question: a touch would fault pages in.
TEST(SHM_MAP_004, RegionIsResidentAfterCreateAndOpen) {
    PeerGroup group;
    Peer &creator = group.spawn_attached();
    Peer &opener = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kResidentSizes); ++i) {
        const uint32_t size = kResidentSizes[i];
        const std::string label = row_label(i, std::to_string(size) + " bytes");
        const std::u16string name = unique_name("resident");
        ASSERT_TRUE(Succeeded(creator.run(steps::create_shm("c", name, size)))) << label;
        EXPECT_TRUE(StepOk(creator.run(steps::resident("c", size)))) << label << ": after create";
        ASSERT_TRUE(Succeeded(opener.run(steps::open_shm("o", name)))) << label;
        EXPECT_TRUE(StepOk(opener.run(steps::resident("o", size)))) << label << ": after open";
        EXPECT_TRUE(Succeeded(opener.run(steps::close("o")))) << label;
        EXPECT_TRUE(Succeeded(creator.run(steps::close("c")))) << label;
    }
}

}  // namespace
