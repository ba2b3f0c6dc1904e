// SHM-NS-008, 009: a refused create on another kind's name must not harm
// the object holding the name (rules in namespace_rules.cpp).
#include <string>

#include "kind_steps.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;
using namespace rtkconf::plugin::ns;

TEST(SHM_NS_008, RefusedSharedMemoryLeavesMutexIntact) {
    PeerGroup group;
    Peer &holder = group.spawn_attached();
    Peer &colliding = group.spawn_attached();
    Peer &observer = group.spawn_attached();
    const std::u16string name = unique_name("ns-keep-mutex");
    ASSERT_TRUE(Succeeded(holder.run(steps::create_kind(ObjectKind::mutex, "h", name))));
    // Twice: an implementation that drops a reference on the failure path
    // destroys the holder's object at the second refusal at the latest.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const std::string row = "attempt " + std::to_string(attempt);
        EXPECT_TRUE(Failed(colliding.run(steps::create_shm("s", name, kSize))))
            << row << ": shared memory create on the mutex's name";
        EXPECT_TRUE(Failed(colliding.run(steps::open_shm("s", name))))
            << row << ": shared memory open on the mutex's name";
    }
    const StepResult reopened = observer.run(steps::open_kind(ObjectKind::mutex, "m", name));
    EXPECT_TRUE(Succeeded(reopened)) << "the holder's mutex no longer opens";
    if (Succeeded(reopened)) {
        EXPECT_TRUE(Succeeded(observer.run(steps::close("m"))));
    }
    EXPECT_TRUE(Succeeded(holder.run(steps::close("h")))) << "the holder's close";
}

TEST(SHM_NS_009, RefusedMutexLeavesSharedMemoryIntact) {
    PeerGroup group;
    Peer &holder = group.spawn_attached();
    Peer &colliding = group.spawn_attached();
    Peer &observer = group.spawn_attached();
    const std::u16string name = unique_name("ns-keep-shm");
    ASSERT_TRUE(Succeeded(holder.run(steps::create_shm("h", name, kSize))));
    ASSERT_TRUE(StepOk(holder.run(steps::write("h", 0, kSize, 9))));
    for (int attempt = 0; attempt < 2; ++attempt)
        EXPECT_TRUE(Failed(colliding.run(steps::create_kind(ObjectKind::mutex, "k", name))))
            << "attempt " << attempt << ": mutex create on the shared memory object's name";
    const StepResult reopened = observer.run(steps::open_shm("o", name));
    ASSERT_TRUE(Succeeded(reopened)) << "the holder's shared memory no longer opens";
    EXPECT_TRUE(StepOk(observer.run(steps::check("o", 0, kSize, 9))))
        << "the holder's contents changed";
    EXPECT_TRUE(Succeeded(observer.run(steps::close("o"))));
    EXPECT_TRUE(Succeeded(holder.run(steps::close("h")))) << "the holder's close";
}

}  // namespace
