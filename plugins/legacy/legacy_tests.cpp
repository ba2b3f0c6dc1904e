// Tests of the `legacy` family (rules in legacy_rules.cpp). Every peer
// here speaks rtk-legacy: the runner gives these tests no other role. The
// peer sets *pErrorCode to kUntouchedCode before each call.
#include <cstdint>
#include <string>

#include "rtkconf/plugin/support.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;

constexpr uint32_t kPage = 4096;

Step without_code(Step step) {
    step.null_error_code = true;
    return step;
}

TEST(SHM_LEGACY_001, NullErrorCodeIsAccepted) {
    PeerGroup group;
    Peer &creator = group.spawn_attached();
    Peer &opener = group.spawn_attached();
    const std::u16string name = unique_name("no-code");
    ASSERT_TRUE(Succeeded(creator.run(without_code(steps::create_shm("a", name, kPage)))))
        << "create";
    ASSERT_TRUE(StepOk(creator.run(steps::write("a", 0, kPage, 21))));
    ASSERT_TRUE(Succeeded(opener.run(without_code(steps::open_shm("b", name))))) << "open";
    EXPECT_TRUE(StepOk(opener.run(steps::check("b", 0, kPage, 21))));
    EXPECT_TRUE(Failed(opener.run(without_code(steps::open_shm("m", unique_name("missing"))))))
        << "an open of a missing name without pErrorCode";
    EXPECT_TRUE(Succeeded(opener.run(without_code(steps::close("b"))))) << "close";
    EXPECT_TRUE(Succeeded(creator.run(without_code(steps::close("a"))))) << "close";
}

// The failures and successes every legacy rule looks at, in one process.
struct Outcomes {
    StepResult failed_create, failed_open, failed_close;
    StepResult created, opened, closed;
};

Outcomes make_outcomes(Peer &peer) {
    Outcomes o;
    Step high = steps::create_shm("h", unique_name("high"), kPage);
    high.size_high = 1;
    o.failed_create = peer.run(high);
    o.failed_open = peer.run(steps::open_shm("m", unique_name("missing")));
    const std::u16string name = unique_name("ok");
    o.created = peer.run(steps::create_shm("a", name, kPage));
    o.opened = peer.run(steps::open_shm("b", name));
    o.closed = peer.run(steps::close("b"));
    o.failed_close = peer.run(steps::close("b"));
    return o;
}

TEST(SHM_LEGACY_002, FailuresWriteAnErrorCode) {
    PeerGroup group;
    const Outcomes o = make_outcomes(group.spawn_attached());
    const std::pair<const char *, const StepResult *> rows[] = {
        {"create with MaximumSizeHigh 1", &o.failed_create},
        {"open of a missing name", &o.failed_open},
        {"second close of a handle", &o.failed_close}};
    for (std::size_t i = 0; i < std::size(rows); ++i) {
        const std::string row = "row " + std::to_string(i) + " (" + rows[i].first + ")";
        const StepResult &r = *rows[i].second;
        EXPECT_TRUE(Failed(r)) << row;
        if (!r.called) continue;
        EXPECT_NE(r.code, kUntouchedCode) << row << ": nothing was written through pErrorCode";
        EXPECT_NE(r.code, 0u) << row << ": 0 written for a failure";
    }
}

TEST(SHM_LEGACY_003, SuccessesWriteZero) {
    PeerGroup group;
    const Outcomes o = make_outcomes(group.spawn_attached());
    const std::pair<const char *, const StepResult *> rows[] = {
        {"create", &o.created}, {"open", &o.opened}, {"close", &o.closed}};
    for (std::size_t i = 0; i < std::size(rows); ++i) {
        const std::string row = "row " + std::to_string(i) + " (" + rows[i].first + ")";
        EXPECT_TRUE(Succeeded(*rows[i].second)) << row;
        EXPECT_EQ(rows[i].second->code, 0u) << row << ": *pErrorCode after a success";
    }
}

}  // namespace
