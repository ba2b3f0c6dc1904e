// After its broker dies, an instance must say so on every call and never
// drift into the new, empty namespace a later attach starts: one name
// must not silently mean two objects to one process.
#include <signal.h>

#include <gtest/gtest.h>

#include "broker_process.h"
#include "library_child.h"
#include "statuses.h"

namespace rtkref_hardening {
namespace {

TEST(BrokerDeath, OldInstanceReportsNoSuchDeviceWhileANewAttachGetsAFreshNamespace) {
    PrivateDir dir;
    auto broker = std::make_unique<BrokerProcess>(dir, 60000);
    ASSERT_TRUE(broker->listening());
    const pid_t broker_pid = broker->pid();
    const ChildOutcome outcome = run_child(
        {{"RTK_RUNTIME_DIR", dir.path().string()},
         {"RTK_BROKER", broker_executable().string()},
         {"RTK_BROKER_IDLE_MS", "2000"}},
        [broker_pid]() -> std::vector<int64_t> {
            Rtk rtk = load_library();
            RTSSINST old_instance{};
            if (rtk.attach(1, &old_instance) != 0) return {-1};
            std::u16string units = u"survivor";
            UNICODE_STRING name = unicode(units);
            HANDLE old_handle{};
            void *old_view{};
            if (rtk.create_shm(old_instance, &old_handle, 0, 0, 4096, &name, &old_view) != 0) {
                return {-2};
            }
            kill(broker_pid, SIGKILL);
            usleep(100 * 1000);
            HANDLE handle{};
            void *view{};
            const int64_t old_open = rtk.open_shm(old_instance, &handle, 0, 0, &name, &view);
            RTSSINST new_instance{};
            const int64_t new_attach = rtk.attach(1, &new_instance);
            const int64_t new_open = rtk.open_shm(new_instance, &handle, 0, 0, &name, &view);
            const int64_t new_create =
                rtk.create_shm(new_instance, &handle, 0, 0, 4096, &name, &view);
            const int64_t old_open_again = rtk.open_shm(old_instance, &handle, 0, 0, &name, &view);
            const int64_t old_close = rtk.close(old_instance, old_handle);
            const int64_t old_detach = rtk.detach(old_instance);
            rtk.detach(new_instance);
            return {old_open,       new_attach, new_open,  new_create,
                    old_open_again, old_close,  old_detach};
        },
        30000);
    ASSERT_TRUE(outcome.finished);
    ASSERT_EQ(outcome.values.size(), 7u) << "setup failed: " << outcome.values[0];
    EXPECT_EQ(outcome.values[0], kNoSuchDevice) << "open on the instance of the dead broker";
    EXPECT_EQ(outcome.values[1], kSuccess) << "a new attach starts a new broker";
    EXPECT_EQ(outcome.values[2], kObjectNameNotFound) << "the new namespace starts empty";
    EXPECT_EQ(outcome.values[3], kSuccess) << "create in the new namespace";
    EXPECT_EQ(outcome.values[4], kNoSuchDevice)
        << "the old instance must not reach the new namespace's object";
    EXPECT_EQ(outcome.values[5], kNoSuchDevice) << "close of a handle of the dead namespace";
    EXPECT_EQ(outcome.values[6], kSuccess) << "detach of the old instance still works";
}

}  // namespace
}  // namespace rtkref_hardening
