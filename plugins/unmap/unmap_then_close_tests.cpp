// SHM-UNMAP-001, 002: the pages' order, unmap then close (rules in
// unmap_rules.cpp).
#include <string>

#include "rtkconf/plugin/support.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;

constexpr uint32_t kUnmapSize = 4096;

// The open fails from a process that holds nothing: the object is gone.
void expect_gone(Peer &observer, const std::u16string &name, const std::string &row) {
    const StepResult probe = observer.run(steps::open_shm("probe", name));
    EXPECT_TRUE(Failed(probe)) << row << ": the name still opens after every unmap and close";
    if (probe.called && probe.status >= 0) {
        observer.run(steps::unmap("probe"));
        observer.run(steps::close("probe"));
    }
}

TEST(SHM_UNMAP_001, UnmapThenCloseOfTheOnlyViewDestroys) {
    PeerGroup group;
    Peer &holder = group.spawn_attached();
    Peer &observer = group.spawn_attached();
    const std::u16string name = unique_name("unmap-one");
    ASSERT_TRUE(Succeeded(holder.run(steps::create_shm("a", name, kUnmapSize))));
    ASSERT_TRUE(StepOk(holder.run(steps::write("a", 0, kUnmapSize, 71))));
    EXPECT_TRUE(Succeeded(holder.run(steps::unmap("a")))) << "the unmap of a mapped view";
    EXPECT_TRUE(Succeeded(holder.run(steps::close("a")))) << "the close after the unmap";
    expect_gone(observer, name, "one view");
}

// Two handles, two views of one object in one process: an implementation
// that counts views per process rather than per handle keeps it alive.
TEST(SHM_UNMAP_001, UnmapThenCloseOfTwoViewsInOneProcessDestroys) {
    PeerGroup group;
    Peer &holder = group.spawn_attached();
    Peer &observer = group.spawn_attached();
    const std::u16string name = unique_name("unmap-two");
    ASSERT_TRUE(Succeeded(holder.run(steps::create_shm("a", name, kUnmapSize))));
    ASSERT_TRUE(Succeeded(holder.run(steps::open_shm("b", name))));
    ASSERT_TRUE(StepOk(holder.run(steps::write("a", 0, kUnmapSize, 72))));
    EXPECT_TRUE(StepOk(holder.run(steps::check("b", 0, kUnmapSize, 72))))
        << "the second view does not show the first view's writes";
    EXPECT_TRUE(Succeeded(holder.run(steps::unmap("b")))) << "the second view's unmap";
    EXPECT_TRUE(Succeeded(holder.run(steps::unmap("a")))) << "the first view's unmap";
    EXPECT_TRUE(Succeeded(holder.run(steps::close("b")))) << "the second handle's close";
    EXPECT_TRUE(Succeeded(holder.run(steps::close("a")))) << "the first handle's close";
    expect_gone(observer, name, "two views in one process");
}

TEST(SHM_UNMAP_002, HandleOutlivesTheUnmap) {
    PeerGroup group;
    Peer &holder = group.spawn_attached();
    Peer &other = group.spawn_attached();
    const std::u16string name = unique_name("unmap-reopen");
    ASSERT_TRUE(Succeeded(holder.run(steps::create_shm("a", name, kUnmapSize))));
    ASSERT_TRUE(StepOk(holder.run(steps::write("a", 0, kUnmapSize, 73))));
    ASSERT_TRUE(Succeeded(holder.run(steps::unmap("a"))));

    // The unmapped handle is the only one: the object must still be there.
    const StepResult opened = other.run(steps::open_shm("o", name));
    EXPECT_TRUE(Succeeded(opened)) << "another process: the object went with the unmap";
    if (Succeeded(opened)) {
        EXPECT_TRUE(StepOk(other.run(steps::check("o", 0, kUnmapSize, 73))))
            << "another process: the contents went with the unmap";
        EXPECT_TRUE(Succeeded(other.run(steps::unmap("o"))));
        EXPECT_TRUE(Succeeded(other.run(steps::close("o"))));
    }
    const StepResult again = holder.run(steps::open_shm("r", name));
    EXPECT_TRUE(Succeeded(again)) << "the same process: opening again after the unmap";
    if (Succeeded(again)) {
        EXPECT_TRUE(StepOk(holder.run(steps::check("r", 0, kUnmapSize, 73))))
            << "the same process: the new view does not hold the contents";
        EXPECT_TRUE(Succeeded(holder.run(steps::unmap("r"))));
        EXPECT_TRUE(Succeeded(holder.run(steps::close("r"))));
    }
    EXPECT_TRUE(Succeeded(holder.run(steps::close("a"))))
        << "the close of the handle whose view was unmapped";
    expect_gone(other, name, "after the last close");
}

}  // namespace
