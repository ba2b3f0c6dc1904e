// SHM-CONC-002: openers coming and going at full speed around a holder
// (rules in concurrency_rules.cpp).
#include <string>
#include <vector>

#include "parallel_steps.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;
using namespace rtkconf::plugin::concurrency;

constexpr std::size_t kChurners = 3;
constexpr int kCycles = 20;
constexpr uint32_t kChurnSize = 4096;
constexpr uint32_t kSeed = 700;

// Per churner, the first failure only: one broken cycle explains the rest.
void expect_churn_held(const std::vector<StepResult> &results, std::size_t churner) {
    const std::size_t expected = 4 * static_cast<std::size_t>(kCycles);
    EXPECT_EQ(results.size(), expected)
        << "peer " << churner + 2 << " stopped after " << results.size() << " of " << expected
        << " calls: " << (results.empty() ? "" : results.back().detail);
    for (std::size_t k = 0; k < results.size(); ++k) {
        const StepResult &r = results[k];
        const std::string at =
            "peer " + std::to_string(churner + 2) + ", cycle " + std::to_string(k / 4) + ": ";
        ::testing::AssertionResult held = ::testing::AssertionSuccess();
        switch (k % 4) {
            case 0:
                held = Succeeded(r) << " (open)";
                break;
            case 1:
                held = StepOk(r) << " (check of the holder's contents)";
                break;
            case 2:
                held = Succeeded(r) << " (unmap)";
                break;
            default:
                held = Succeeded(r) << " (close)";
                break;
        }
        if (!held) {
            ADD_FAILURE() << at << held.message();
            return;
        }
    }
}

TEST(SHM_CONC_002, OpenCloseChurnAroundAHolder) {
    PeerGroup group;
    Peer &holder = group.spawn_attached();
    std::vector<Peer *> churners;
    for (std::size_t i = 0; i < kChurners; ++i) churners.push_back(&group.spawn_attached());
    const std::u16string name = unique_name("churn");
    ASSERT_TRUE(Succeeded(holder.run(steps::create_shm("h", name, kChurnSize))));
    ASSERT_TRUE(StepOk(holder.run(steps::write("h", 0, kChurnSize, kSeed))));

    std::vector<Step> cycle_plan;
    for (int c = 0; c < kCycles; ++c) {
        cycle_plan.push_back(steps::open_shm("o", name));
        cycle_plan.push_back(steps::check("o", 0, kChurnSize, kSeed));
        // Unmap, then close: the pages' order, so the rule does not lean on
        // D5 (a close with the view mapped is SHM-LIFE-006's question).
        cycle_plan.push_back(steps::unmap("o"));
        cycle_plan.push_back(steps::close("o"));
    }
    const auto results =
        run_in_parallel(churners, std::vector<std::vector<Step>>(kChurners, cycle_plan));
    for (std::size_t i = 0; i < kChurners; ++i) expect_churn_held(results[i], i);

    // Final state: the holder's object, intact, held by the holder alone.
    EXPECT_TRUE(StepOk(holder.run(steps::check("h", 0, kChurnSize, kSeed)))) << "the holder's view";
    Peer &late = *churners[0];
    ASSERT_TRUE(Succeeded(late.run(steps::open_shm("late", name)))) << "an open after the churn";
    EXPECT_TRUE(StepOk(late.run(steps::check("late", 0, kChurnSize, kSeed))))
        << "an open after the churn";
    EXPECT_TRUE(Succeeded(late.run(steps::unmap("late"))));
    EXPECT_TRUE(Succeeded(late.run(steps::close("late"))));
    EXPECT_TRUE(Succeeded(holder.run(steps::unmap("h")))) << "the holder's unmap";
    EXPECT_TRUE(Succeeded(holder.run(steps::close("h")))) << "the holder's close";
    EXPECT_TRUE(Failed(late.run(steps::open_shm("gone", name))))
        << "a churner's reference survived: the name still opens after the holder's last close";
}

}  // namespace
