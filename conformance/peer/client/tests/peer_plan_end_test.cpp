// Peer::run_all when the peer ends in the middle of a plan: answers already
// in the pipe still reach their own steps, and faults and the call log are
// what separate run() calls give.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "rtk/RtkApi.h"
#include "fixture_peer.h"
#include "rtkconf/peer.h"
#include "rtkconf/steps.h"

namespace {

using namespace std::chrono_literals;
using rtkconf::Peer;
using rtkconf::Step;
using rtkconf::StepFault;
using rtkconf::StepOp;
namespace steps = rtkconf::steps;

using rtkconf::test::fixture_options;
using rtkconf::test::peer_ends;

#ifndef _WIN32
// A stand-in peer: a shell script speaking the line protocol.
std::filesystem::path script(const std::string &name, const std::string &body) {
    const auto path = std::filesystem::temp_directory_path() / ("rtkconf-review-" + name + ".sh");
    std::ofstream(path) << "#!/bin/sh\n" << body;
    std::filesystem::permissions(path, std::filesystem::perms::owner_all);
    return path;
}

const char *kAnswer =
    R"({"status":0,"called":true,"handle":0,"location":0,"ok":true,"detail":"","flavour":"rtk","code":0})";

// Separate run() calls: every step before the exit is answered, and so is
// the exit. A plan must give the same.
TEST(PeerProcessPlan, PlanEndingInAnExitAnswersEveryStep) {
    int bad = 0;
    for (int round = 0; round < 50; ++round) {
        Peer peer(fixture_options());
        std::vector<Step> plan(6, steps::attach());
        plan.push_back(peer_ends(StepOp::exit, 0));
        const auto results = peer.run_all(plan);
        for (std::size_t k = 0; k < plan.size(); ++k) {
            if (!results[k].called || results[k].fault != StepFault::none) {
                if (++bad <= 3)
                    ADD_FAILURE() << "round " << round << " step " << k << ": called "
                                  << results[k].called << " fault " << int(results[k].fault) << ": "
                                  << results[k].detail;
            }
        }
    }
    EXPECT_EQ(bad, 0);
}

// A peer that answers its steps and then ends (here: answers three, exits 0).
// Separate run() calls: three answered, the fourth "no answer" (crashed),
// the rest "not running". The crash must be charged to step 3, not earlier.
TEST(PeerProcessPlan, AnswersInThePipeWhenThePeerEndsStayWithTheirSteps) {
    auto options = fixture_options();
    options.peer_executable = script(
        "three", std::string("for i in 1 2 3; do read l; echo '") + kAnswer + "'; done; exit 0\n");
    int bad = 0;
    for (int round = 0; round < 50; ++round) {
        Peer peer(options);
        const auto results = peer.run_all(std::vector<Step>(40, steps::attach()));
        for (std::size_t k = 0; k < 3; ++k)
            if (!results[k].called && ++bad <= 3)
                ADD_FAILURE() << "round " << round << " step " << k
                              << " was answered, yet: " << results[k].detail;
    }
    EXPECT_EQ(bad, 0);
}

// Unreadable answer, then the next (already sent) step hangs: separate run()
// calls report harness, hung, and "not made" (fault none) for the third.
TEST(PeerProcessPlan, AfterAnUnreadableAnswerAHangIsTheOnlyFaultAfterIt) {
    auto options = fixture_options();
    options.step_timeout = 500ms;
    options.peer_executable = script("garbled", "read l; echo garbage; read l; exec sleep 30\n");
    Peer peer(options);
    const auto results = peer.run_all({steps::attach(), steps::attach(), steps::attach()});
    EXPECT_EQ(results[0].fault, StepFault::harness) << results[0].detail;
    EXPECT_EQ(results[1].fault, StepFault::hung) << results[1].detail;
    EXPECT_EQ(results[2].fault, StepFault::none) << results[2].detail;
    EXPECT_FALSE(results[2].called);
}

#endif  // _WIN32

// The peer's end sits after the step that got no answer, before the steps
// that were not made because of it (as separate run() calls log it).
TEST(PeerProcessPlan, LogPutsThePeersEndRightAfterTheCrash) {
    Peer peer(fixture_options());
    std::vector<Step> plan{steps::attach(), peer_ends(StepOp::crash)};
    for (int i = 0; i < 5; ++i) plan.push_back(steps::attach());
    peer.run_all(plan);
    using What = Peer::LogEntry::What;
    const auto &log = peer.log();
    ASSERT_GE(log.size(), 4u);
    EXPECT_EQ(log[2].step.op, StepOp::crash);
    EXPECT_EQ(log[3].what, What::ended) << "entry 3 is " << log[3].result.detail;
}

// A requested crash with more steps after it than the pipeline holds: the
// crash step is not a fault (as run(crash) reports it).
TEST(PeerProcessPlan, RequestedCrashInALongPlanIsNotAFault) {
#ifdef _WIN32
    // A crash under wine takes seconds (its debugger is started), and the
    // rounds of crashes held up the other tests of the run.
    constexpr int kRounds = 3;
#else
    constexpr int kRounds = 30;
#endif
    int bad = 0;
    for (int round = 0; round < kRounds; ++round) {
        Peer peer(fixture_options());
        std::vector<Step> plan(10, steps::attach());
        plan.push_back(peer_ends(StepOp::crash));
        for (int i = 0; i < 30; ++i) plan.push_back(steps::attach());
        const auto results = peer.run_all(plan);
        for (std::size_t k = 0; k < plan.size(); ++k)
            if ((k < 10 && !results[k].called) || results[k].fault != StepFault::none)
                if (++bad <= 3)
                    ADD_FAILURE() << "round " << round << " step " << k << ": called "
                                  << results[k].called << " fault " << int(results[k].fault) << ": "
                                  << results[k].detail;
    }
    EXPECT_EQ(bad, 0);
}

}  // namespace
