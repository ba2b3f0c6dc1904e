// Peer against a real rtkconf-peer process loaded with the fixture
// implementation: what the peer passes to the implementation, what comes
// back, and how timeouts, crashes and kills are reported.
#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>
#include <string>

#include "rtkconf/peer.h"

namespace {

using namespace std::chrono_literals;
using rtkconf::Peer;
using rtkconf::PeerExit;
using rtkconf::Step;
using rtkconf::StepOp;

constexpr int32_t kSuccess = 0;

rtkconf::PeerOptions fixture_options() {
    rtkconf::PeerOptions options;
    options.peer_executable = RTKCONF_PEER_PATH;
    options.implementation = RTKCONF_FIXTURE_IUT;
    options.step_timeout = 5000ms;
    options.label = "fixture peer";
    return options;
}

Step op(StepOp kind, std::string var = "a") {
    Step step;
    step.op = kind;
    step.var = std::move(var);
    return step;
}

Step create(uint32_t size, std::u16string name = u"n") {
    Step step = op(StepOp::create);
    step.size_low = size;
    step.name.units = std::move(name);
    return step;
}

Step range(StepOp kind, uint64_t offset, uint64_t length, uint32_t seed = 0) {
    Step step = op(kind);
    step.offset = offset;
    step.length = length;
    step.seed = seed;
    return step;
}

TEST(PeerProcess, ExtraEnvironmentReachesTheImplementation) {
    auto options = fixture_options();
    options.extra_env["FIXTURE_INSTANCE"] = "0x4242";
    Peer peer(options);
    const auto result = peer.run(op(StepOp::attach));
    ASSERT_TRUE(result.called) << result.detail;
    EXPECT_EQ(result.status, kSuccess);
    EXPECT_EQ(result.handle, 0x4242u);
}

TEST(PeerProcess, NameOverridesAndNullPointersArePassedThrough) {
    Peer peer(fixture_options());
    ASSERT_EQ(peer.run(op(StepOp::attach)).status, kSuccess);
    Step step = create(4096, u"abc");
    step.name.length = 5;
    step.name.maximum_length = 2;
    auto result = peer.run(step);
    ASSERT_EQ(result.status, kSuccess) << rtkconf::describe(step, result);
    EXPECT_EQ(result.handle, (5u << 16) | 2u);
    step.name.null_pointer = true;
    EXPECT_EQ(peer.run(step).handle, 0xFFFF0001u);
    step.null_handle_ptr = true;
    EXPECT_EQ(peer.run(step).status, static_cast<int32_t>(0xC000000Du));
    step.null_handle_ptr = false;
    step.null_location = true;
    EXPECT_EQ(peer.run(step).status, static_cast<int32_t>(0xC000000Du));
    Step close = op(StepOp::close);
    close.raw_handle = 0;
    EXPECT_EQ(peer.run(close).status, static_cast<int32_t>(0xC0000008u));
}

TEST(PeerProcess, WrittenPatternChecksAndOtherSeedsDoNot) {
    Peer peer(fixture_options());
    ASSERT_EQ(peer.run(op(StepOp::attach)).status, kSuccess);
    const auto created = peer.run(create(8192));
    ASSERT_EQ(created.status, kSuccess);
    EXPECT_EQ(created.location % 4096, 0u);
    EXPECT_TRUE(peer.run(range(StepOp::check_zero, 0, 8192)).ok);
    EXPECT_TRUE(peer.run(range(StepOp::write, 100, 5000, 7)).ok);
    const auto same = peer.run(range(StepOp::check, 100, 5000, 7));
    EXPECT_TRUE(same.ok) << same.detail;
    const auto other = peer.run(range(StepOp::check, 100, 5000, 8));
    EXPECT_FALSE(other.ok);
    EXPECT_NE(other.detail.find("first at offset"), std::string::npos) << other.detail;
    EXPECT_FALSE(peer.run(range(StepOp::check_zero, 0, 8192)).ok);
    const auto resident = peer.run(range(StepOp::resident, 0, 0));
    EXPECT_TRUE(resident.called) << resident.detail;
    EXPECT_NE(resident.detail.find("/2 pages"), std::string::npos) << resident.detail;
    const auto probe = peer.run(range(StepOp::writable_probe, 0, 1));
    EXPECT_TRUE(probe.ok) << probe.detail;
}

TEST(PeerProcess, OutOfRangeAccessIsRefusedAndThePeerLives) {
    Peer peer(fixture_options());
    ASSERT_EQ(peer.run(op(StepOp::attach)).status, kSuccess);
    ASSERT_EQ(peer.run(create(4096)).status, kSuccess);
    // Far past the view: an address that is certainly not mapped.
    const auto result = peer.run(range(StepOp::check, 1ull << 46, 16));
    EXPECT_FALSE(result.called);
    EXPECT_NE(result.detail.find("not mapped"), std::string::npos) << result.detail;
    Step unknown = range(StepOp::check, 0, 8, 1);
    unknown.var = "nope";
    EXPECT_FALSE(peer.run(unknown).called);
    EXPECT_TRUE(peer.run(range(StepOp::check_zero, 0, 4096)).ok);
}

// A step timeout short enough to keep the hang tests quick, and long
// enough for a fresh peer's first call (its process start and library
// load count against it): four times what that took here just now, load
// and all, and never under 300 ms.
std::chrono::milliseconds short_step_timeout() {
    Peer probe(fixture_options());
    const auto started = std::chrono::steady_clock::now();
    probe.run(op(StepOp::attach));
    const auto first_answer = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - started);
    return std::max<std::chrono::milliseconds>(300ms, 4 * first_answer);
}

TEST(PeerProcess, HangingCallTimesOutAndIsReportedAsTimedOut) {
    auto options = fixture_options();
    options.step_timeout = short_step_timeout();
    Peer peer(options);
    ASSERT_EQ(peer.run(op(StepOp::attach)).status, kSuccess);
    Step hang = create(4096);
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
    EXPECT_FALSE(peer.run(op(StepOp::attach)).called);
    EXPECT_EQ(peer.wait(1s).how, PeerExit::timed_out);
}

TEST(PeerProcess, AfterOneCallHangsTheOtherPeersOfTheGroupMakeNoMoreCalls) {
    auto options = fixture_options();
    options.step_timeout = short_step_timeout();
    options.hung_flag = std::make_shared<std::atomic<bool>>(false);
    Peer stuck(options), other(options);
    ASSERT_EQ(other.run(op(StepOp::attach)).status, kSuccess);
    Step hang = create(4096);
    hang.protect = 0xDEAD;
    EXPECT_EQ(stuck.run(hang).fault, rtkconf::StepFault::hung);
    const auto started = std::chrono::steady_clock::now();
    const auto skipped = other.run(op(StepOp::attach));
    EXPECT_LT(std::chrono::steady_clock::now() - started, 100ms);
    EXPECT_FALSE(skipped.called);
    EXPECT_EQ(skipped.fault, rtkconf::StepFault::none) << "only the hung call is the fault";
    EXPECT_NE(skipped.detail.find("did not return"), std::string::npos) << skipped.detail;
}

TEST(PeerProcess, CrashIsReportedAsSignalled) {
    Peer peer(fixture_options());
    const auto result = peer.run(op(StepOp::crash));
    EXPECT_FALSE(result.called);
    EXPECT_NE(result.detail.find("signal"), std::string::npos) << result.detail;
    EXPECT_EQ(result.fault, rtkconf::StepFault::none) << "the test asked for this crash";
    const auto end = peer.wait(2s);
    EXPECT_EQ(end.how, PeerExit::signalled);
    // The peer crashes the platform's way: SIGABRT, or on Windows an
    // unhandled access violation (abort() there is a plain exit code 3).
    constexpr int kAccessViolation = static_cast<int>(0xC0000005u);
    EXPECT_TRUE(end.code == SIGABRT || end.code == kAccessViolation) << "code " << end.code;
}

TEST(PeerProcess, KillIsReportedAsSignalledBySigkill) {
    Peer peer(fixture_options());
    ASSERT_EQ(peer.run(op(StepOp::attach)).status, kSuccess);
    peer.kill();
    const auto end = peer.wait(2s);
    EXPECT_EQ(end.how, PeerExit::signalled);
    EXPECT_EQ(end.code, 9);
    const auto after = peer.run(op(StepOp::attach));
    EXPECT_FALSE(after.called);
    EXPECT_EQ(after.fault, rtkconf::StepFault::none) << "the test killed it";
}

TEST(PeerProcess, ExitStepAnswersThenExitsWithItsCode) {
    Peer peer(fixture_options());
    Step exit = op(StepOp::exit);
    exit.arg0 = 3;
    EXPECT_TRUE(peer.run(exit).called);
    const auto end = peer.wait(2s);
    EXPECT_EQ(end.how, PeerExit::exited);
    EXPECT_EQ(end.code, 3);
}

TEST(PeerProcess, StepOnUnknownSlotIsAnsweredNotFatal) {
    Peer peer(fixture_options());
    const auto result = peer.run(op(StepOp::close, "missing"));
    EXPECT_FALSE(result.called);
    EXPECT_NE(result.detail.find("no slot"), std::string::npos) << result.detail;
    EXPECT_TRUE(peer.run(op(StepOp::attach)).called);
}

TEST(PeerProcess, UnloadableImplementationShowsThePeersReason) {
    auto options = fixture_options();
    options.implementation = "/nonexistent/libnothing.so";
    Peer peer(options);
    const auto result = peer.run(op(StepOp::attach));
    EXPECT_FALSE(result.called);
    EXPECT_NE(result.detail.find("exited with code 2"), std::string::npos) << result.detail;
    EXPECT_NE(result.detail.find("libnothing.so"), std::string::npos) << result.detail;
    EXPECT_EQ(result.fault, rtkconf::StepFault::harness);
}

TEST(PeerProcess, LogRecordsEveryStepInOrder) {
    Peer peer(fixture_options());
    peer.run(op(StepOp::attach));
    peer.run(create(4096));
    peer.kill();
    peer.wait(2s);
    using What = Peer::LogEntry::What;
    const auto &log = peer.log();
    ASSERT_EQ(log.size(), 5u);
    EXPECT_EQ(log[0].what, What::spawned);
    EXPECT_NE(log[0].text.find(std::to_string(peer.pid())), std::string::npos) << log[0].text;
    EXPECT_EQ(log[1].step.op, StepOp::attach);
    EXPECT_EQ(log[2].step.op, StepOp::create);
    EXPECT_EQ(log[2].result.status, kSuccess);
    EXPECT_EQ(log[3].what, What::killed);
    EXPECT_EQ(log[4].what, What::ended);
    EXPECT_NE(log[4].text.find("signal 9"), std::string::npos) << log[4].text;
    for (std::size_t i = 1; i < log.size(); ++i)
        EXPECT_LT(log[i - 1].sequence, log[i].sequence) << "entry " << i;
    EXPECT_GT(peer.pid(), 0);
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
