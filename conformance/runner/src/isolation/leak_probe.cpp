#include "leak_probe.h"

#include "rtkconf/steps.h"

#include <algorithm>
#include <cstdio>
#include <thread>

namespace rtkconf::runner {
namespace {

using Clock = std::chrono::steady_clock;

void log_call(std::vector<CallRecord> &calls, const Peer &peer, const Step &step,
              const StepResult &r) {
    calls.push_back({peer.label(), describe(step, r), r.status, r.detail});
}

// A probe peer, attached. Throws HarnessError when it cannot start;
// `failure` is set when the attach fails.
struct ProbePeer {
    Peer peer;
    std::string failure;
    explicit ProbePeer(const PeerOptions &options, std::vector<CallRecord> &calls) : peer(options) {
        const Step attach = steps::attach();
        const StepResult r = peer.run(attach);
        if (!r.called || r.status < 0) {
            log_call(calls, peer, attach, r);
            failure = "attach failed: " + status_name(r.status) + " " + r.detail;
        }
    }
};

enum class Seen { absent, present, hung };

// Opens `name` as `kind` and closes what opened; never creates.
Seen look(ProbePeer &probe, const std::u16string &name, ObjectKind kind,
          std::vector<CallRecord> &calls) {
    const Step open = steps::open_kind(kind, "probe", name);
    const StepResult r = probe.peer.run(open);
    if (r.fault == StepFault::hung) {
        log_call(calls, probe.peer, open, r);
        return Seen::hung;
    }
    if (!r.called || r.status < 0) return Seen::absent;
    log_call(calls, probe.peer, open, r);
    const Step close = steps::close("probe");
    log_call(calls, probe.peer, close, probe.peer.run(close));
    return Seen::present;
}

}  // namespace

std::string printable_name(const std::u16string &name) {
    std::string out;
    for (char16_t c : name) {
        if (c >= 0x20 && c < 0x7F) {
            out += static_cast<char>(c);
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(c));
            out += buf;
        }
    }
    return out;
}

LeakProbeReadiness check_probe_readiness(const LeakProbeSettings &settings,
                                         const std::u16string &never_created) {
    LeakProbeReadiness out;
    try {
        ProbePeer probe(settings.peer, out.calls);
        if (!probe.failure.empty()) {
            out.why = "the probe peer's " + probe.failure;
            return out;
        }
        for (ObjectKind kind : kObjectKinds) {
            switch (look(probe, never_created, kind, out.calls)) {
                case Seen::hung:
                    out.why = std::string("an open (") + kind_label(kind) +
                              ") of a name never created did not return within " +
                              std::to_string(settings.peer.step_timeout.count()) + " ms";
                    return out;
                case Seen::present:
                    out.why = std::string("an open (") + kind_label(kind) +
                              ") of a name never created succeeded, so an open cannot tell a "
                              "leaked object from one it made";
                    return out;
                case Seen::absent:
                    break;
            }
        }
        out.usable = true;
    } catch (const std::exception &e) {
        out.why = std::string("the probe peer could not start: ") + e.what();
    }
    return out;
}

LeakCheck check_leaks(const LeakProbeSettings &settings, const std::vector<std::u16string> &names) {
    LeakCheck out;
    if (names.empty()) return out;
    const auto started = Clock::now();
    const auto deadline = started + settings.settle;
    try {
        ProbePeer probe(settings.peer, out.calls);
        if (!probe.failure.empty()) {
            out.status = Status::error;
            out.messages.push_back("leak probe: " + probe.failure);
            return out;
        }
        struct Pending {
            std::u16string name;
            ObjectKind kind;
        };
        std::vector<std::u16string> unique = names;
        std::sort(unique.begin(), unique.end());
        unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
        std::vector<Pending> pending;
        for (const std::u16string &name : unique)
            for (ObjectKind kind : kObjectKinds) pending.push_back({name, kind});
        auto pause = std::chrono::milliseconds(10);
        for (bool first = true;; first = false) {
            std::vector<Pending> remaining;
            for (const Pending &p : pending) {
                const Seen seen = look(probe, p.name, p.kind, out.calls);
                if (seen == Seen::hung) {
                    out.status = Status::timeout;
                    out.messages.push_back("leak probe: an open of \"" + printable_name(p.name) +
                                           "\" did not return");
                    return out;
                }
                if (seen == Seen::present) remaining.push_back(p);
            }
            if (first && !remaining.empty()) out.present_at_first_look = true;
            pending = std::move(remaining);
            if (pending.empty()) {
                out.cleanup_ms =
                    std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started)
                        .count();
                out.status = Status::pass;
                return out;
            }
            if (Clock::now() + pause > deadline) break;
            std::this_thread::sleep_for(pause);
            pause = std::min(pause * 2, std::chrono::milliseconds(200));
        }
        out.status = Status::fail;
        for (const Pending &p : pending)
            out.messages.push_back("leak: \"" + printable_name(p.name) + "\" still opens as " +
                                   kind_label(p.kind) + " " +
                                   std::to_string(settings.settle.count()) +
                                   " ms after every process of the test ended");
    } catch (const std::exception &e) {
        out.status = Status::error;
        out.messages.push_back(std::string("leak probe: ") + e.what());
    }
    return out;
}

std::vector<std::string> still_existing(const PeerOptions &peer,
                                        const std::vector<std::u16string> &names) {
    std::vector<std::string> out;
    if (names.empty()) return out;
    std::vector<CallRecord> calls;
    try {
        ProbePeer probe(peer, calls);
        if (!probe.failure.empty()) return {"(could not look: " + probe.failure + ")"};
        for (const std::u16string &name : names)
            for (ObjectKind kind : kObjectKinds) {
                const Seen seen = look(probe, name, kind, calls);
                if (seen == Seen::hung) return out;
                if (seen == Seen::present)
                    out.push_back("\"" + printable_name(name) + "\" (" + kind_label(kind) + ")");
            }
    } catch (const std::exception &e) {
        out.push_back(std::string("(could not look: ") + e.what() + ")");
    }
    return out;
}

}  // namespace rtkconf::runner
