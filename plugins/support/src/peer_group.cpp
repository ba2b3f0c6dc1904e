#include "rtkconf/plugin/peer_group.h"

#include <stdexcept>

#include "rtkconf/plugin/evidence.h"
#include "rtkconf/plugin/status_assert.h"
#include "rtkconf/plugin/steps.h"

namespace rtkconf::plugin {

PeerGroup::PeerGroup() : context_(run_context()) {}

PeerGroup::~PeerGroup() {
    record_logs();
}

Peer &PeerGroup::spawn() {
    PeerOptions options;
    options.peer_executable = context_.peer_path;
    options.implementation = context_.iut_path;
    options.step_timeout = context_.step_timeout;
    options.label = "peer " + std::to_string(peers_.size() + 1);
    peers_.push_back(std::make_unique<Peer>(options));
    return *peers_.back();
}

Peer &PeerGroup::spawn_attached() {
    Peer &peer = spawn();
    const StepResult attached = peer.run(steps::attach());
    if (!attached.called || attached.status < 0)
        throw std::runtime_error(peer.label() +
                                 ": RtkRtssAttach failed: " + status_text(attached.status) +
                                 (attached.detail.empty() ? "" : " (" + attached.detail + ")"));
    return peer;
}

void PeerGroup::record_logs() {
    if (recorded_) return;
    recorded_ = true;
    for (const auto &peer : peers_) {
        for (const auto &entry : peer->log()) {
            std::string detail = entry.result.detail;
            if (!entry.result.called) detail = "not called: " + detail;
            record_call(peer->label(), describe(entry.step, entry.result), entry.result.status,
                        detail);
        }
    }
}

}  // namespace rtkconf::plugin
