// A stopped or wedged broker must turn every call into a clear status
// within the call deadline, never into a call that blocks forever.
#include <signal.h>

#include <chrono>

#include <gtest/gtest.h>

#include "broker_process.h"
#include "library_child.h"
#include "rtk/RtkApi.h"

namespace rtkref_hardening {
namespace {

using Clock = std::chrono::steady_clock;

int64_t elapsed_ms(Clock::time_point since) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - since).count();
}

TEST(CallDeadline, CallsToAStoppedBrokerEndWithNoSuchDevice) {
    PrivateDir dir;
    BrokerProcess broker(dir, 60000);
    ASSERT_TRUE(broker.listening());
    const pid_t broker_pid = broker.pid();
    const ChildOutcome outcome = run_child(
        {{"RTK_RUNTIME_DIR", dir.path().string()}, {"RTK_CALL_TIMEOUT_MS", "2000"}},
        [broker_pid]() -> std::vector<int64_t> {
            Rtk rtk = load_library();
            RTSSINST instance{};
            if (rtk.attach(1, &instance) != 0) return {-1};
            kill(broker_pid, SIGSTOP);
            std::u16string units = u"frozen";
            UNICODE_STRING name = unicode(units);
            HANDLE handle{};
            void *location{};
            auto start = Clock::now();
            const int64_t first = rtk.create_shm(instance, &handle, 0, 0, 4096, &name, &location);
            const int64_t first_ms = elapsed_ms(start);
            start = Clock::now();
            const int64_t second = rtk.create_mutex(instance, &handle, nullptr, 0, &name);
            const int64_t second_ms = elapsed_ms(start);
            RTSSINST other{};
            start = Clock::now();
            const int64_t attach = rtk.attach(1, &other);
            const int64_t attach_ms = elapsed_ms(start);
            kill(broker_pid, SIGCONT);
            // The same broker again (same epoch): no namespace was lost,
            // so the timed-out instance does not stand in the way.
            const int64_t after_resume = rtk.attach(1, &other);
            return {first, first_ms, second, second_ms, attach, attach_ms, after_resume};
        },
        30000);
    kill(broker_pid, SIGCONT);
    ASSERT_TRUE(outcome.finished) << "a call to the stopped broker hung";
    ASSERT_EQ(outcome.values.size(), 7u);
    EXPECT_EQ(outcome.values[0], STATUS_NO_SUCH_DEVICE) << "create while the broker is stopped";
    EXPECT_LT(outcome.values[1], 10000) << "ms for the create to give up";
    EXPECT_EQ(outcome.values[2], STATUS_NO_SUCH_DEVICE) << "the next call on that instance";
    // Under the 2 s call timeout: this call does not wait for the broker
    // (1 s of slack for a loaded machine).
    EXPECT_LT(outcome.values[3], 1000) << "ms: the instance already knows the broker is lost";
    EXPECT_EQ(outcome.values[4], STATUS_NO_SUCH_DEVICE)
        << "a new attach while the broker is stopped";
    EXPECT_LT(outcome.values[5], 10000) << "ms for the attach to give up";
    EXPECT_EQ(outcome.values[6], STATUS_SUCCESS) << "attach once the broker runs again";
}

}  // namespace
}  // namespace rtkref_hardening
