// Peer against a real rtkconf-peer process loaded with the fixture
// implementation: what the peer passes to the implementation, what comes
// back, and how timeouts, crashes and kills are reported.
#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>
#include <string>

#include "rtk/RtkApi.h"
#include "fixture_peer.h"
#include "rtkconf/peer.h"
#include "rtkconf/steps.h"

namespace {

using namespace std::chrono_literals;
using rtkconf::Peer;
using rtkconf::PeerEnd;
using rtkconf::Step;
using rtkconf::StepOp;
namespace steps = rtkconf::steps;

using rtkconf::test::fixture_options;
using rtkconf::test::peer_ends;

TEST(PeerProcess, ExtraEnvironmentReachesTheImplementation) {
    auto options = fixture_options();
    options.extra_env["FIXTURE_INSTANCE"] = "0x4242";
    Peer peer(options);
    const auto result = peer.run(steps::attach());
    ASSERT_TRUE(result.called) << result.detail;
    EXPECT_EQ(result.status, STATUS_SUCCESS);
    EXPECT_EQ(result.handle, 0x4242u);
}

TEST(PeerProcess, NameOverridesAndNullPointersArePassedThrough) {
    Peer peer(fixture_options());
    ASSERT_EQ(peer.run(steps::attach()).status, STATUS_SUCCESS);
    Step step = steps::create_shm("a", u"abc", 4096);
    step.name.length = 5;
    step.name.maximum_length = 2;
    auto result = peer.run(step);
    ASSERT_EQ(result.status, STATUS_SUCCESS) << rtkconf::describe(step, result);
    EXPECT_EQ(result.handle, (5u << 16) | 2u);
    step.name.null_pointer = true;
    EXPECT_EQ(peer.run(step).handle, 0xFFFF0001u);
    step.null_handle_ptr = true;
    EXPECT_EQ(peer.run(step).status, STATUS_INVALID_PARAMETER);
    step.null_handle_ptr = false;
    step.null_location = true;
    EXPECT_EQ(peer.run(step).status, STATUS_INVALID_PARAMETER);
    Step close = steps::close("a");
    close.raw_handle = 0;
    EXPECT_EQ(peer.run(close).status, STATUS_INVALID_HANDLE);
}

TEST(PeerProcess, WrittenPatternChecksAndOtherSeedsDoNot) {
    Peer peer(fixture_options());
    ASSERT_EQ(peer.run(steps::attach()).status, STATUS_SUCCESS);
    const auto created = peer.run(steps::create_shm("a", u"n", 8192));
    ASSERT_EQ(created.status, STATUS_SUCCESS);
    EXPECT_EQ(created.location % 4096, 0u);
    EXPECT_TRUE(peer.run(steps::check_zero("a", 0, 8192)).ok);
    EXPECT_TRUE(peer.run(steps::write("a", 100, 5000, 7)).ok);
    const auto same = peer.run(steps::check("a", 100, 5000, 7));
    EXPECT_TRUE(same.ok) << same.detail;
    const auto other = peer.run(steps::check("a", 100, 5000, 8));
    EXPECT_FALSE(other.ok);
    EXPECT_NE(other.detail.find("first at offset"), std::string::npos) << other.detail;
    EXPECT_FALSE(peer.run(steps::check_zero("a", 0, 8192)).ok);
    const auto resident = peer.run(steps::resident("a", 0));
    EXPECT_TRUE(resident.called) << resident.detail;
    EXPECT_NE(resident.detail.find("/2 pages"), std::string::npos) << resident.detail;
    const auto probe = peer.run(steps::writable_probe("a"));
    EXPECT_TRUE(probe.ok) << probe.detail;
}

TEST(PeerProcess, OutOfRangeAccessIsRefusedAndThePeerLives) {
    Peer peer(fixture_options());
    ASSERT_EQ(peer.run(steps::attach()).status, STATUS_SUCCESS);
    ASSERT_EQ(peer.run(steps::create_shm("a", u"n", 4096)).status, STATUS_SUCCESS);
    // Far past the view: an address that is certainly not mapped.
    const auto result = peer.run(steps::check("a", 1ull << 46, 16, 0));
    EXPECT_FALSE(result.called);
    EXPECT_NE(result.detail.find("not mapped"), std::string::npos) << result.detail;
    Step unknown = steps::check("a", 0, 8, 1);
    unknown.var = "nope";
    EXPECT_FALSE(peer.run(unknown).called);
    EXPECT_TRUE(peer.run(steps::check_zero("a", 0, 4096)).ok);
}

// A step timeout short enough to keep the hang tests quick, and long
// enough for a fresh peer's first call (its process start and library
// load count against it): eight times what that took here just now, and
// never under 2 s, since CI runs these beside a build and wine, where one
// start can take far longer than the one measured.
std::chrono::milliseconds short_step_timeout() {
    Peer probe(fixture_options());
    const auto started = std::chrono::steady_clock::now();
    probe.run(steps::attach());
    const auto first_answer = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - started);
    return std::max<std::chrono::milliseconds>(2000ms, 8 * first_answer);
}

TEST(PeerProcess, HangingCallTimesOutAndIsReportedAsTimedOut) {
    auto options = fixture_options();
    options.step_timeout = short_step_timeout();
    Peer peer(options);
    ASSERT_EQ(peer.run(steps::attach()).status, STATUS_SUCCESS);
    Step hang = steps::create_shm("a", u"n", 4096);
    hang.protect = 0xDEAD;
    const auto started = std::chrono::steady_clock::now();
    const auto result = peer.run(hang);
    // Cut at the timeout: killing and reaping the peer takes the rest.
    EXPECT_LT(std::chrono::steady_clock::now() - started, options.step_timeout + 3s);
    EXPECT_FALSE(result.called);
    const std::string within =
        "no answer within " + std::to_string(options.step_timeout.count()) + " ms";
    EXPECT_NE(result.detail.find(within), std::string::npos) << result.detail;
    EXPECT_EQ(result.fault, rtkconf::StepFault::hung);
    EXPECT_FALSE(peer.run(steps::attach()).called);
    EXPECT_EQ(peer.wait(1s).how, PeerEnd::How::timed_out);
}

TEST(PeerProcess, AfterOneCallHangsTheOtherPeersOfTheGroupMakeNoMoreCalls) {
    auto options = fixture_options();
    options.step_timeout = short_step_timeout();
    options.hung_flag = std::make_shared<std::atomic<bool>>(false);
    Peer stuck(options), other(options);
    ASSERT_EQ(other.run(steps::attach()).status, STATUS_SUCCESS);
    Step hang = steps::create_shm("a", u"n", 4096);
    hang.protect = 0xDEAD;
    EXPECT_EQ(stuck.run(hang).fault, rtkconf::StepFault::hung);
    const auto started = std::chrono::steady_clock::now();
    const auto skipped = other.run(steps::attach());
    // Refused here, without a round trip (1 s: a loaded machine's slack).
    EXPECT_LT(std::chrono::steady_clock::now() - started, 1s);
    EXPECT_FALSE(skipped.called);
    EXPECT_EQ(skipped.fault, rtkconf::StepFault::none) << "only the hung call is the fault";
    EXPECT_NE(skipped.detail.find("did not return"), std::string::npos) << skipped.detail;
}

TEST(PeerProcess, CrashIsReportedAsSignalled) {
    Peer peer(fixture_options());
    const auto result = peer.run(peer_ends(StepOp::crash));
    EXPECT_FALSE(result.called);
    EXPECT_NE(result.detail.find("signal"), std::string::npos) << result.detail;
    EXPECT_EQ(result.fault, rtkconf::StepFault::none) << "the test asked for this crash";
    const auto end = peer.wait(2s);
    EXPECT_EQ(end.how, PeerEnd::How::signalled);
    // The peer crashes the platform's way: SIGABRT, or on Windows an
    // unhandled access violation (abort() there is a plain exit code 3).
    constexpr int kAccessViolation = static_cast<int>(0xC0000005u);
    EXPECT_TRUE(end.code == SIGABRT || end.code == kAccessViolation) << "code " << end.code;
}

TEST(PeerProcess, KillIsReportedAsSignalledBySigkill) {
    Peer peer(fixture_options());
    ASSERT_EQ(peer.run(steps::attach()).status, STATUS_SUCCESS);
    peer.kill();
    const auto end = peer.wait(2s);
    EXPECT_EQ(end.how, PeerEnd::How::signalled);
    EXPECT_EQ(end.code, 9);
    const auto after = peer.run(steps::attach());
    EXPECT_FALSE(after.called);
    EXPECT_EQ(after.fault, rtkconf::StepFault::none) << "the test killed it";
}

TEST(PeerProcess, ExitStepAnswersThenExitsWithItsCode) {
    Peer peer(fixture_options());
    Step exit = peer_ends(StepOp::exit);
    exit.arg0 = 3;
    EXPECT_TRUE(peer.run(exit).called);
    const auto end = peer.wait(2s);
    EXPECT_EQ(end.how, PeerEnd::How::exited);
    EXPECT_EQ(end.code, 3);
}

TEST(PeerProcess, StepOnUnknownSlotIsAnsweredNotFatal) {
    Peer peer(fixture_options());
    const auto result = peer.run(steps::close("missing"));
    EXPECT_FALSE(result.called);
    EXPECT_NE(result.detail.find("no slot"), std::string::npos) << result.detail;
    EXPECT_TRUE(peer.run(steps::attach()).called);
}

TEST(PeerProcess, UnloadableImplementationShowsThePeersReason) {
    auto options = fixture_options();
    options.implementation = "/nonexistent/libnothing.so";
    Peer peer(options);
    const auto result = peer.run(steps::attach());
    EXPECT_FALSE(result.called);
    EXPECT_NE(result.detail.find("exited with code 2"), std::string::npos) << result.detail;
    EXPECT_NE(result.detail.find("libnothing.so"), std::string::npos) << result.detail;
    EXPECT_EQ(result.fault, rtkconf::StepFault::harness);
}

TEST(PeerProcess, LogRecordsEveryStepInOrder) {
    Peer peer(fixture_options());
    peer.run(steps::attach());
    peer.run(steps::create_shm("a", u"n", 4096));
    peer.kill();
    peer.wait(2s);
    using What = Peer::LogEntry::What;
    const auto &log = peer.log();
    ASSERT_EQ(log.size(), 5u);
    EXPECT_EQ(log[0].what, What::spawned);
    EXPECT_NE(log[0].text.find(std::to_string(peer.pid())), std::string::npos) << log[0].text;
    EXPECT_EQ(log[1].step.op, StepOp::attach);
    EXPECT_EQ(log[2].step.op, StepOp::create);
    EXPECT_EQ(log[2].result.status, STATUS_SUCCESS);
    EXPECT_EQ(log[3].what, What::killed);
    EXPECT_EQ(log[4].what, What::ended);
    EXPECT_NE(log[4].text.find("signal 9"), std::string::npos) << log[4].text;
    for (std::size_t i = 1; i < log.size(); ++i)
        EXPECT_LT(log[i - 1].sequence, log[i].sequence) << "entry " << i;
    EXPECT_GT(peer.pid(), 0);
}

// run_all keeps steps in the pipe ahead of the answers: every answer must
// still belong to its own step, far past the pipeline's depth.
TEST(PeerProcess, PlanAnswersEveryStepAsSeparateCallsWould) {
    Peer pipelined(fixture_options()), one_by_one(fixture_options());
    std::vector<Step> plan{steps::attach()};
    for (int i = 0; i < 200; ++i) {
        const std::string var = "v" + std::to_string(i);
        plan.push_back(steps::create_shm(var, u"n" + std::u16string(1, char16_t(u'a' + i % 26)),
                                         4096 * (1 + i % 3)));
        plan.push_back(steps::write(var, 8, 64, static_cast<uint32_t>(i)));
        // A wrong seed on every third object: a failed check must stay
        // with its own step.
        plan.push_back(steps::check(var, 8, 64, static_cast<uint32_t>(i + (i % 3 == 0))));
        plan.push_back(steps::close("missing"));  // answered "no slot", not fatal
    }
    const auto results = pipelined.run_all(plan);
    ASSERT_EQ(results.size(), plan.size());
    for (std::size_t k = 0; k < plan.size(); ++k) {
        const auto expected = one_by_one.run(plan[k]);
        EXPECT_EQ(results[k].called, expected.called) << "step " << k;
        EXPECT_EQ(results[k].ok, expected.ok) << "step " << k << ": " << results[k].detail;
        EXPECT_EQ(results[k].status, expected.status) << "step " << k;
        EXPECT_EQ(results[k].handle, expected.handle) << "step " << k;
    }
    const auto &log = pipelined.log();
    ASSERT_EQ(log.size(), plan.size() + 1);  // and the spawn
    for (std::size_t k = 0; k < plan.size(); ++k) {
        EXPECT_EQ(log[k + 1].step.op, plan[k].op) << "entry " << k + 1;
        EXPECT_EQ(log[k + 1].result.detail, results[k].detail) << "entry " << k + 1;
    }
}

TEST(PeerProcess, PlanStopsAtACrashAndMakesNothingAfterIt) {
    Peer peer(fixture_options());
    std::vector<Step> plan{steps::attach(), steps::create_shm("a", u"n", 4096),
                           peer_ends(StepOp::crash)};
    for (int i = 0; i < 40; ++i) plan.push_back(steps::check_zero("a", 0, 4096));
    const auto results = peer.run_all(plan);
    ASSERT_EQ(results.size(), plan.size());
    EXPECT_TRUE(results[1].ok) << results[1].detail;
    EXPECT_FALSE(results[2].called);
    for (std::size_t k = 3; k < plan.size(); ++k) {
        EXPECT_FALSE(results[k].called) << "step " << k;
        EXPECT_EQ(results[k].fault, rtkconf::StepFault::none) << "step " << k;
        EXPECT_NE(results[k].detail.find("not running"), std::string::npos) << results[k].detail;
    }
    EXPECT_EQ(peer.wait(2s).how, PeerEnd::How::signalled);
}

TEST(PeerProcess, PlanWithAHangingStepTimesOutOnceAndMakesNothingAfterIt) {
    auto options = fixture_options();
    options.step_timeout = short_step_timeout();
    Peer peer(options);
    Step hang = steps::create_shm("a", u"n", 4096);
    hang.protect = 0xDEAD;
    std::vector<Step> plan{steps::attach(), hang};
    for (int i = 0; i < 40; ++i) plan.push_back(steps::attach());
    const auto started = std::chrono::steady_clock::now();
    const auto results = peer.run_all(plan);
    EXPECT_LT(std::chrono::steady_clock::now() - started, options.step_timeout + 3s);
    EXPECT_EQ(results[0].status, STATUS_SUCCESS);
    EXPECT_EQ(results[1].fault, rtkconf::StepFault::hung) << results[1].detail;
    const auto faults = std::count_if(results.begin(), results.end(), [](const auto &r) {
        return r.fault != rtkconf::StepFault::none;
    });
    EXPECT_EQ(faults, 1) << "only the hung call is a fault";
    for (std::size_t k = 2; k < plan.size(); ++k) EXPECT_FALSE(results[k].called) << "step " << k;
    EXPECT_EQ(peer.wait(1s).how, PeerEnd::How::timed_out);
}

}  // namespace

namespace {

TEST(PeerProcess, MissingPeerExecutableThrowsNamingIt) {
    auto options = fixture_options();
    options.peer_executable = "/nonexistent/rtkconf-peer";
    options.start_attempts = 3;
    try {
        rtkconf::Peer peer(options);
        FAIL() << "a peer started from a missing executable";
    } catch (const rtkconf::HarnessError &e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent/rtkconf-peer"), std::string::npos)
            << e.what();
        EXPECT_NE(std::string(e.what()).find("attempt 3"), std::string::npos)
            << "a start is retried before it is an error: " << e.what();
    }
}

}  // namespace
