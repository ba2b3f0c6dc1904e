#include "rtkconf/plugin/peer_group.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <stdexcept>

#include "rtkconf/plugin/evidence.h"
#include "rtkconf/plugin/status_assert.h"
#include "rtkconf/steps.h"

namespace rtkconf::plugin {
namespace {

const char *event_name(Peer::LogEntry::What what) {
    switch (what) {
        case Peer::LogEntry::What::spawned:
            return "started";
        case Peer::LogEntry::What::killed:
            return "killed by the test";
        case Peer::LogEntry::What::ended:
            return "ended";
        case Peer::LogEntry::What::step:
            break;
    }
    return "call";
}

// The name an object was created under, as the implementation saw it (a
// Length override shortens it); none for unnamed or refused creates. The
// leak probe checks only these: an object the test never made cannot be
// the test's leak.
std::optional<std::u16string> created_name(const Peer::LogEntry &e) {
    if (e.what != Peer::LogEntry::What::step || e.step.op != StepOp::create) return std::nullopt;
    if (!e.result.called || e.result.status < 0) return std::nullopt;
    const NameArg &n = e.step.name;
    if (n.null_pointer || n.null_buffer) return std::nullopt;
    std::u16string units = n.units;
    if (n.length && *n.length / 2 < units.size()) units.resize(*n.length / 2);
    if (units.empty()) return std::nullopt;
    return units;
}

}  // namespace

PeerGroup::PeerGroup() : context_(run_context()) {}

PeerGroup::PeerGroup(RunContext context) : context_(std::move(context)) {}

PeerGroup::~PeerGroup() {
    release_held();
    record_logs();
}

void PeerGroup::release_held() {
    if (recorded_) return;
    for (const auto &peer : peers_) peer->run(steps::release_all());
}

Peer &PeerGroup::spawn() {
    if (context_.roles.empty()) throw HarnessError("the run context names no role");
    return spawn_in(peers_.size() % context_.roles.size());
}

Peer &PeerGroup::spawn_in(std::size_t role_index) {
    const PeerRole &role = context_.roles.at(role_index);
    PeerOptions options;
    options.peer_executable = context_.peer_path;
    options.implementation = role.library;
    options.flavour = role.flavour;
    options.transport = role.transport;
    options.step_timeout = context_.step_timeout;
    options.label = "peer " + std::to_string(peers_.size() + 1);
    // With one role every peer is alike; with several, say which is which.
    if (context_.roles.size() > 1)
        options.label += " (" + role.name + ", " + flavour_name(role.flavour) +
                         (role.transport == kProcessTransport ? "" : ", " + role.transport) + ")";
    options.hung_flag = hung_;
    options.memlock_limit = context_.memlock_limit;
    try {
        peers_.push_back(std::make_unique<Peer>(options));
        roles_.push_back(&role);
    } catch (const HarnessError &e) {
        record_fault(StepFault::harness, options.label, "start rtkconf-peer", e.what());
        throw;
    }
    return *peers_.back();
}

Peer &PeerGroup::spawn_attached() {
    if (context_.roles.empty()) throw HarnessError("the run context names no role");
    return spawn_attached_in(peers_.size() % context_.roles.size());
}

Peer &PeerGroup::spawn_attached_in(std::size_t role) {
    Peer &peer = spawn_in(role);
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
    struct Line {
        const Peer *peer;
        const Peer::LogEntry *entry;
    };
    std::vector<Line> timeline;
    for (const auto &peer : peers_)
        for (const auto &entry : peer->log()) timeline.push_back({peer.get(), &entry});
    std::stable_sort(timeline.begin(), timeline.end(), [](const Line &a, const Line &b) {
        return a.entry->sequence < b.entry->sequence;
    });
    for (const Line &line : timeline) {
        const Peer::LogEntry &e = *line.entry;
        const std::string when = at_ms(e.started);
        if (e.what != Peer::LogEntry::What::step) {
            record_call(line.peer->label(), when + event_name(e.what) + " (" + e.text + ")", 0, "");
            continue;
        }
        const std::string call = when + describe(e.step, e.result);
        std::string detail = e.result.detail;
        if (!e.result.called) detail = "not called: " + detail;
        record_call(line.peer->label(), call, e.result.status, detail);
        // The test's own calls are judged; the clean-up after them is not.
        if (e.step.op != StepOp::release_all)
            record_fault(e.result.fault, line.peer->label(), describe(e.step, e.result.flavour),
                         e.result.detail);
        // A rule declared a flavour that cannot make one of its calls: the
        // rule's declaration is wrong, which is the harness's fault.
        if (!e.result.expressible)
            record_fault(StepFault::harness, line.peer->label(), describe(e.step, e.result.flavour),
                         "not expressible in " + std::string(flavour_name(e.result.flavour)) +
                             " (" + e.result.detail +
                             "): the rule or test must not declare this flavour");
        if (const auto name = created_name(e)) record_name(*name);
    }
}

std::string PeerGroup::at_ms(std::chrono::steady_clock::time_point t) const {
    const auto us = std::chrono::duration_cast<std::chrono::microseconds>(t - started_).count();
    char buf[32];
    std::snprintf(buf, sizeof buf, "[+%lld.%03lld ms] ", static_cast<long long>(us / 1000),
                  static_cast<long long>(us % 1000));
    return buf;
}

}  // namespace rtkconf::plugin
