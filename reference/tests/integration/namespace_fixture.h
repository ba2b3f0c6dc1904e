// The fixture of every integration test: a private namespace (a fresh
// RTK_RUNTIME_DIR, mode 0700, removed at the end; on Windows, where the
// reference's objects are the session's kernel objects, CTest runs these
// tests one at a time instead) and the peers running in it. Each step a test runs is printed with the status it got, so a
// failure's output is the call log.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "rtk/RtkApi.h"
#include "rtkconf/peer.h"
#include "rtkconf/status_checks.h"
#include "rtkconf/step.h"
#include "rtkconf/steps.h"

namespace rtkref_it {

using rtkconf::ObjectKind;
using rtkconf::Step;
using rtkconf::StepOp;
// The steps the harness's plugins build, under the same names: a test
// reads as the calls it makes.
using namespace rtkconf::steps;

class NamespaceTest : public ::testing::Test {
  protected:
    void SetUp() override;
    void TearDown() override;

    // Spawns a peer in this test's namespace and attaches it.
    rtkconf::Peer &attached_peer(const std::string &label,
                                 std::optional<uint64_t> memlock_limit = std::nullopt);
    // Spawns a peer without attaching it.
    rtkconf::Peer &spawn_peer(const std::string &label,
                              std::optional<uint64_t> memlock_limit = std::nullopt,
                              rtkconf::Flavour flavour = rtkconf::Flavour::rtk);
    // Spawns a peer making its calls in `flavour`: the user-mode calls of
    // the same library, or the older Rtk shape of rtkref_legacy.
    rtkconf::Peer &flavour_peer(const std::string &label, rtkconf::Flavour flavour);

    // Runs a step, prints it with its outcome, and fails the test when the
    // peer could not make the call.
    rtkconf::StepResult run(rtkconf::Peer &peer, const rtkconf::Step &step);
    // run() and expect exactly `expected`; `context` prefixes the message
    // (a table row's index, for instance).
    rtkconf::StepResult expect_status(rtkconf::Peer &peer, const rtkconf::Step &step,
                                      int32_t expected, const std::string &context = {});
    // run() a memory step and expect its verdict to be ok.
    void expect_ok(rtkconf::Peer &peer, const rtkconf::Step &step, const std::string &context = {});

    const std::filesystem::path &runtime_dir() const { return runtime_dir_; }

  private:
    std::filesystem::path runtime_dir_;
    std::vector<std::unique_ptr<rtkconf::Peer>> peers_;
};

}  // namespace rtkref_it
