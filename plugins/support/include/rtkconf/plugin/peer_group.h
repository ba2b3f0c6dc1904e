// The peers of one test. Spawns real rtkconf-peer processes configured
// from the run context (IUT, timeouts; the runner's environment is passed
// through unchanged) and, when the test ends, attaches every peer's call
// log to the test's evidence.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <memory>
#include <vector>

#include "rtkconf/peer.h"
#include "rtkconf/plugin/context.h"

namespace rtkconf::plugin {

class PeerGroup {
  public:
    PeerGroup();                             // throws std::runtime_error outside the runner
    explicit PeerGroup(RunContext context);  // peers of another configuration
    ~PeerGroup();                            // records the call logs, then the peers are killed
    PeerGroup(const PeerGroup &) = delete;
    PeerGroup &operator=(const PeerGroup &) = delete;

    // Spawns "peer N" (N from 1) in the next of the context's roles, in
    // turn: with a driver and an application role, peers 1, 3, ... are
    // drivers and 2, 4, ... applications. Throws HarnessError when it
    // cannot (recorded as a harness fault: the test is an error, not a
    // failure).
    Peer &spawn();
    // Spawns a peer in the context's role number `role` (from 0).
    Peer &spawn_in(std::size_t role);
    // Spawns a peer and attaches it (MaxWFSO 1); throws std::runtime_error
    // naming the status when the attach fails, which fails the test.
    Peer &spawn_attached();
    Peer &spawn_attached_in(std::size_t role);
    // The role the peer at `index` (from 0) was spawned in.
    const PeerRole &role_of(std::size_t index) const { return *roles_.at(index); }
    Peer &operator[](std::size_t index) { return *peers_.at(index); }
    std::size_t size() const { return peers_.size(); }
    const RunContext &context() const { return context_; }

    // Records the logs now (also done by the destructor, once): every
    // peer's calls, spawns, kills and ends in one timeline, and the calls
    // that got no answer as faults.
    void record_logs();

  private:
    void release_held();
    std::string at_ms(std::chrono::steady_clock::time_point t) const;

    RunContext context_;
    std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
    std::shared_ptr<std::atomic<bool>> hung_ = std::make_shared<std::atomic<bool>>(false);
    std::vector<std::unique_ptr<Peer>> peers_;
    std::vector<const PeerRole *> roles_;  // each peer's, into context_.roles
    bool recorded_ = false;
};

}  // namespace rtkconf::plugin
