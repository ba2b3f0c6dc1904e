// SHM-NS-001..003, 007, 010: shared memory created or opened on the name of a
// mutex, an event or a semaphore (rules in namespace_rules.cpp).
#include <string>

#include "kind_steps.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;
using namespace rtkconf::plugin::ns;

// The seed page names this one code, so the MUST rule requires it exactly.
void expect_shm_create_refused_on(ObjectKind kind) {
    PeerGroup group;
    Peer &holder = group.spawn_attached();
    Peer &other = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kPlacements); ++i) {
        const std::string row = "row " + std::to_string(i) + " (" + kPlacements[i].label + ")";
        const std::u16string name = unique_name("ns");
        ASSERT_TRUE(Succeeded(holder.run(steps::create_kind(kind, "h", name))))
            << row << ": the holder's " << kind_label(kind) << " create";
        Peer &caller = kPlacements[i].same_process ? holder : other;
        const StepResult r = caller.run(steps::create_shm("s", name, kSize));
        EXPECT_TRUE(ReturnedExactly(r, STATUS_INVALID_HANDLE))
            << row << ": RtkCreateSharedMemory on a " << kind_label(kind) << "'s name";
        EXPECT_EQ(r.location, 0u) << row << ": a Location was written";
        EXPECT_TRUE(Succeeded(holder.run(steps::close("h")))) << row << ": the holder's close";
    }
}

TEST(SHM_NS_001, SharedMemoryOnMutexNameReturnsInvalidHandle) {
    expect_shm_create_refused_on(ObjectKind::mutex);
}

TEST(SHM_NS_002, SharedMemoryOnEventNameReturnsInvalidHandle) {
    expect_shm_create_refused_on(ObjectKind::event);
}

TEST(SHM_NS_003, SharedMemoryOnSemaphoreNameReturnsInvalidHandle) {
    expect_shm_create_refused_on(ObjectKind::semaphore);
}

// Shared memory opened on a mutex's name, from the holder's process and
// from another; `check` judges each open's result.
template <typename Check>
void open_shm_on_mutex_name(Check check) {
    PeerGroup group;
    Peer &holder = group.spawn_attached();
    Peer &other = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kPlacements); ++i) {
        const std::string row = "row " + std::to_string(i) + " (" + kPlacements[i].label + ")";
        const std::u16string name = unique_name("ns-open");
        ASSERT_TRUE(Succeeded(holder.run(steps::create_kind(ObjectKind::mutex, "h", name))))
            << row << ": the holder's mutex create";
        Peer &caller = kPlacements[i].same_process ? holder : other;
        check(caller.run(steps::open_shm("s", name)), row);
        EXPECT_TRUE(Succeeded(holder.run(steps::close("h")))) << row << ": the holder's close";
    }
}

TEST(SHM_NS_007, OpenSharedMemoryOnMutexNameFails) {
    open_shm_on_mutex_name([](const StepResult &r, const std::string &row) {
        EXPECT_TRUE(Failed(r)) << row << ": RtkOpenSharedMemory on a mutex's name";
        EXPECT_EQ(r.handle, 0u) << row << ": a handle was written";
        EXPECT_EQ(r.location, 0u) << row << ": a Location was written";
    });
}

TEST(SHM_NS_010, OpenSharedMemoryOnMutexNameReturnsInvalidHandle) {
    open_shm_on_mutex_name([](const StepResult &r, const std::string &row) {
        EXPECT_TRUE(ReturnedExactly(r, STATUS_INVALID_HANDLE))
            << row << ": RtkOpenSharedMemory on a mutex's name";
    });
}

}  // namespace
