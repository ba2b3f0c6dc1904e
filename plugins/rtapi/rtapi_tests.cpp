// Tests of the `rtapi` family (rules in rtapi_rules.cpp). Every peer here
// speaks rtapi: the runner gives these tests no other role.
#include <cstdint>
#include <string>

#include "rtkconf/plugin/support.h"
#include "rtkconf/step_json.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;

constexpr uint32_t kPage = 4096;

Step create_kind(ObjectKind kind, const std::string &var, const std::u16string &name) {
    Step s = steps::create_shm(var, name, kPage);
    s.kind = kind;
    return s;
}

// The creator in one process, the second create in another and in the
// creator's own; each maps the creator's two pages, whatever it asked.
TEST(SHM_RTAPI_001, ExistingNameIsAlreadyExistsWithTheCreatorsSize) {
    PeerGroup group;
    Peer &creator = group.spawn_attached();
    Peer &other = group.spawn_attached();
    const std::u16string name = unique_name("exists");
    ASSERT_TRUE(Succeeded(creator.run(steps::create_shm("a", name, 2 * kPage))));
    ASSERT_TRUE(StepOk(creator.run(steps::write("a", 0, 2 * kPage, 11))));
    Peer *callers[] = {&other, &creator};
    for (std::size_t i = 0; i < std::size(callers); ++i) {
        const std::string row =
            "row " + std::to_string(i) + (i ? " (the creator's process)" : " (another process)");
        const StepResult again = callers[i]->run(steps::create_shm("b", name, kPage));
        EXPECT_TRUE(Succeeded(again)) << row;
        EXPECT_TRUE(LastErrorIs(again, ERROR_ALREADY_EXISTS)) << row;
        if (!Succeeded(again)) continue;
        Step whole = steps::check("b", 0, 2 * kPage, 11);
        EXPECT_TRUE(StepOk(callers[i]->run(whole)))
            << row << ": the view misses the creator's bytes";
        EXPECT_TRUE(Succeeded(callers[i]->run(steps::close("b")))) << row;
    }
}

// Each failure must leave a reason: the peer sets the last error to a
// sentinel before every call.
TEST(SHM_RTAPI_002, FailuresLeaveAReason) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    Step high = steps::create_shm("h", unique_name("high"), kPage);
    high.size_high = 1;
    const std::u16string name = unique_name("closed");
    ASSERT_TRUE(Succeeded(peer.run(steps::create_shm("c", name, kPage))));
    ASSERT_TRUE(Succeeded(peer.run(steps::close("c"))));
    struct Row {
        const char *label;
        Step step;
    };
    const Row rows[] = {
        {"create with MaximumSizeHigh 1", high},
        {"open of a missing name", steps::open_shm("m", unique_name("missing"))},
        {"close of a closed handle", steps::close("c")},
    };
    for (std::size_t i = 0; i < std::size(rows); ++i) {
        const std::string row = "row " + std::to_string(i) + " (" + rows[i].label + ")";
        const StepResult r = peer.run(rows[i].step);
        EXPECT_TRUE(Failed(r)) << row;
        if (!r.called) continue;
        EXPECT_NE(r.code, kUntouchedCode) << row << ": the last error was left as it was";
        EXPECT_NE(r.code, 0u) << row << ": the last error says success";
    }
}

TEST(SHM_RTAPI_003, AnotherKindsNameIsInvalidHandle) {
    PeerGroup group;
    Peer &holder = group.spawn_attached();
    Peer &caller = group.spawn_attached();
    const ObjectKind kinds[] = {ObjectKind::mutex, ObjectKind::event, ObjectKind::semaphore};
    for (std::size_t i = 0; i < std::size(kinds); ++i) {
        const std::string row = "row " + std::to_string(i) + " (" + kind_name(kinds[i]) + ")";
        const std::u16string name = unique_name("taken");
        ASSERT_TRUE(Succeeded(holder.run(create_kind(kinds[i], "o" + std::to_string(i), name))))
            << row;
        const StepResult r = caller.run(steps::create_shm("s", name, kPage));
        EXPECT_TRUE(Failed(r)) << row;
        EXPECT_TRUE(LastErrorIs(r, ERROR_INVALID_HANDLE)) << row;
    }
}

TEST(SHM_RTAPI_004, NewObjectLeavesLastErrorZero) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    const Step rows[] = {steps::create_shm("n", unique_name("new"), kPage),
                         steps::create_unnamed_shm("u", kPage)};
    for (std::size_t i = 0; i < std::size(rows); ++i) {
        const StepResult r = peer.run(rows[i]);
        EXPECT_TRUE(Succeeded(r)) << "row " << i;
        EXPECT_TRUE(LastErrorIs(r, ERROR_SUCCESS))
            << "row " << i << (i ? " (unnamed)" : " (named)");
    }
}

}  // namespace
