// SHM-NS-004..006: a mutex, an event or a semaphore created on the name of
// a shared memory object (rules in namespace_rules.cpp).
#include <string>

#include "kind_steps.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;
using namespace rtkconf::plugin::ns;

// The twin page says the kinds share one namespace; the code is D4's, so
// these are SHOULD rules.
void expect_kind_create_refused_on_shm(ObjectKind kind) {
    PeerGroup group;
    Peer &holder = group.spawn_attached();
    Peer &other = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kPlacements); ++i) {
        const std::string row = "row " + std::to_string(i) + " (" + kPlacements[i].label + ")";
        const std::u16string name = unique_name("ns-rev");
        ASSERT_TRUE(Succeeded(holder.run(steps::create_shm("h", name, kSize))))
            << row << ": the holder's shared memory create";
        Peer &caller = kPlacements[i].same_process ? holder : other;
        const StepResult r = caller.run(steps::create_kind(kind, "k", name));
        EXPECT_TRUE(ReturnedExactly(r, STATUS_INVALID_HANDLE))
            << row << ": " << kind_label(kind) << " create on a shared memory object's name";
        EXPECT_TRUE(Succeeded(holder.run(steps::close("h")))) << row << ": the holder's close";
    }
}

TEST(SHM_NS_004, MutexOnSharedMemoryNameReturnsInvalidHandle) {
    expect_kind_create_refused_on_shm(ObjectKind::mutex);
}

TEST(SHM_NS_005, EventOnSharedMemoryNameReturnsInvalidHandle) {
    expect_kind_create_refused_on_shm(ObjectKind::event);
}

TEST(SHM_NS_006, SemaphoreOnSharedMemoryNameReturnsInvalidHandle) {
    expect_kind_create_refused_on_shm(ObjectKind::semaphore);
}

}  // namespace
