// The peers of one test. Spawns real rtkconf-peer processes configured
// from the run context (IUT, timeouts; the runner's environment is passed
// through unchanged) and, when the test ends, attaches every peer's call
// log to the test's evidence.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "rtkconf/peer.h"
#include "rtkconf/plugin/context.h"

namespace rtkconf::plugin {

class PeerGroup {
  public:
    PeerGroup();   // throws std::runtime_error outside the runner
    ~PeerGroup();  // records the call logs, then the peers are killed
    PeerGroup(const PeerGroup &) = delete;
    PeerGroup &operator=(const PeerGroup &) = delete;

    // Spawns "peer N" (N from 1); throws std::runtime_error when it cannot.
    Peer &spawn();
    // Spawns a peer and attaches it (MaxWFSO 1); throws std::runtime_error
    // naming the status when the attach fails, which fails the test.
    Peer &spawn_attached();
    Peer &operator[](std::size_t index) { return *peers_.at(index); }
    std::size_t size() const { return peers_.size(); }
    const RunContext &context() const { return context_; }

    // Records the logs now (also done by the destructor, once).
    void record_logs();

  private:
    RunContext context_;
    std::vector<std::unique_ptr<Peer>> peers_;
    bool recorded_ = false;
};

}  // namespace rtkconf::plugin
