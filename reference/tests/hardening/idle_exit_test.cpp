// Attaching just as the broker exits for idleness must still succeed: the
// exiting broker stops listening before its last look, and a client it
// hangs up on at hello tries its successor.
#include <unistd.h>

#include <random>

#include <gtest/gtest.h>

#include "broker_process.h"
#include "library_child.h"
#include "rtk/RtkApi.h"

namespace rtkref_hardening {
namespace {

TEST(IdleExit, AttachesRacingTheIdleExitAllSucceed) {
    PrivateDir dir;
    constexpr int kAttaches = 200;
    const ChildOutcome outcome = run_child(
        {{"RTK_RUNTIME_DIR", dir.path().string()},
         {"RTK_BROKER", broker_executable().string()},
         {"RTK_BROKER_IDLE_MS", "3"}},
        []() -> std::vector<int64_t> {
            Rtk rtk = load_library();
            std::minstd_rand random(12345);
            int64_t failures = 0, first_failure = 0;
            for (int i = 0; i < kAttaches; ++i) {
                RTSSINST instance{};
                const NTSTATUS status = rtk.attach(1, &instance);
                if (status != 0) {
                    if (failures++ == 0) first_failure = status;
                    continue;
                }
                rtk.detach(instance);
                usleep(static_cast<useconds_t>(random() % 6000));  // around the idle time
            }
            return {failures, first_failure};
        },
        120000);
    ASSERT_TRUE(outcome.finished) << "the attach loop hung";
    ASSERT_EQ(outcome.values.size(), 2u);
    EXPECT_EQ(outcome.values[0], 0)
        << "failed attaches out of " << kAttaches << "; first: 0x" << std::hex << outcome.values[1];
}

}  // namespace
}  // namespace rtkref_hardening
