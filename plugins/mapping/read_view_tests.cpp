// SHM-MAP-006 (INFO): what SHM_MAP_READ gives, recorded rather than
// judged (D7; rules in mapping_rules.cpp).
#include <string>

#include "rtkconf/plugin/support.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;

TEST(SHM_MAP_006, ReadViewWritability) {
    constexpr uint32_t kSize = 4096;
    PeerGroup group;
    Peer &creator = group.spawn_attached();
    Peer &reader = group.spawn_attached();
    const std::u16string name = unique_name("read-view");
    ASSERT_TRUE(Succeeded(creator.run(steps::create_shm("c", name, kSize))));
    ASSERT_TRUE(StepOk(creator.run(steps::write("c", 0, kSize, 500))));
    const StepResult opened = reader.run(steps::open_shm("r", name, SHM_MAP_READ));
    ASSERT_TRUE(opened.called) << opened.detail;
    if (opened.status < 0) {
        observe("open with SHM_MAP_READ refused: " + status_text(opened.status));
        return;
    }
    // Whatever its protection, a read view must read the object.
    EXPECT_TRUE(StepOk(reader.run(steps::check("r", 0, kSize, 500)))) << "the read view";
    const StepResult probe = reader.run(steps::writable_probe("r"));
    if (!probe.called) {
        observe("SHM_MAP_READ view: writability unsupported by this platform's probe (" +
                probe.detail + ")");
        return;
    }
    observe(std::string("SHM_MAP_READ view is ") + (probe.ok ? "writable" : "read-only") + " (" +
            probe.detail + ")");
}

}  // namespace
