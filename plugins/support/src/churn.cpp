#include "rtkconf/plugin/churn.h"

#include <gtest/gtest.h>

#include "rtkconf/plugin/status_assert.h"
#include "rtkconf/plugin/unique_name.h"

namespace rtkconf::plugin {
namespace {
constexpr uint32_t kMiB = 1u << 20;
using steps::kPage;
}  // namespace

ChurnPlan churn_plan() {
    if (run_context().heavy) return ChurnPlan{64 * kMiB, 1024, std::nullopt};
    return ChurnPlan{4 * kMiB, 16, uint64_t{8} * kMiB};
}

RunContext churn_context(const ChurnPlan &plan) {
    RunContext context = run_context();
    if (plan.memlock_limit && memlock_limit_supported()) context.memlock_limit = plan.memlock_limit;
    return context;
}

void create_and_destroy(Peer &peer, const ChurnPlan &plan,
                        const std::function<Step(const std::string &var, uint32_t size)> &create) {
    for (int round = 0; round < plan.rounds; ++round) {
        const std::string row = "round " + std::to_string(round) + " (" +
                                std::to_string(uint64_t{plan.size} * round / kMiB) +
                                " MiB created and destroyed before it)";
        ASSERT_TRUE(Succeeded(peer.run(create("m", plan.size)))) << row;
        // First and last page: the whole view was locked at create (D9),
        // the touch only proves it is there.
        EXPECT_TRUE(StepOk(peer.run(steps::write("m", 0, kPage, 11)))) << row;
        EXPECT_TRUE(StepOk(peer.run(steps::write("m", plan.size - kPage, kPage, 12)))) << row;
        ASSERT_TRUE(Succeeded(peer.run(steps::unmap("m")))) << row;
        ASSERT_TRUE(Succeeded(peer.run(steps::close("m")))) << row;
    }
}

}  // namespace rtkconf::plugin
