// After its broker dies, an instance must say so on every call, and the
// process may not drift into the new, empty namespace a later attach
// starts while it still holds the old one: one name must not silently
// mean two objects to one process. The broker's epoch tells the two apart.
#include <signal.h>

#include <gtest/gtest.h>

#include "broker_process.h"
#include "library_child.h"
#include "rtk/RtkApi.h"

namespace rtkref_hardening {
namespace {

TEST(BrokerDeath, NoSilentSecondNamespaceWhileTheDeadOneIsStillHeld) {
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
            // The old views still show the old objects: a silent second
            // namespace under the same names is refused until the process
            // lets go of the old one.
            const int64_t attach_while_held = rtk.attach(1, &new_instance);
            const int64_t old_close = rtk.close(old_instance, old_handle);
            const int64_t old_detach = rtk.detach(old_instance);
            const int64_t new_attach = rtk.attach(1, &new_instance);
            const int64_t new_open = rtk.open_shm(new_instance, &handle, 0, 0, &name, &view);
            const int64_t new_create =
                rtk.create_shm(new_instance, &handle, 0, 0, 4096, &name, &view);
            rtk.detach(new_instance);
            return {old_open,   attach_while_held, old_close, old_detach,
                    new_attach, new_open,          new_create};
        },
        30000);
    ASSERT_TRUE(outcome.finished);
    ASSERT_EQ(outcome.values.size(), 7u) << "setup failed: " << outcome.values[0];
    EXPECT_EQ(outcome.values[0], STATUS_NO_SUCH_DEVICE)
        << "open on the instance of the dead broker";
    EXPECT_EQ(outcome.values[1], STATUS_NO_SUCH_DEVICE)
        << "attach while the process still holds the dead namespace's instance";
    EXPECT_EQ(outcome.values[2], STATUS_NO_SUCH_DEVICE)
        << "close of a handle of the dead namespace";
    EXPECT_EQ(outcome.values[3], STATUS_SUCCESS) << "detach of the old instance still works";
    EXPECT_EQ(outcome.values[4], STATUS_SUCCESS) << "then an attach starts the new namespace";
    EXPECT_EQ(outcome.values[5], STATUS_OBJECT_NAME_NOT_FOUND) << "the new namespace starts empty";
    EXPECT_EQ(outcome.values[6], STATUS_SUCCESS) << "create in the new namespace";
}

}  // namespace
}  // namespace rtkref_hardening
