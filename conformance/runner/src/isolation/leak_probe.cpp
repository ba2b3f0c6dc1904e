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

// One object the probe looks for: a name, opened as one kind.
struct Lookup {
    std::u16string name;
    ObjectKind kind;
};

// Opens each object and closes what opened; never creates. The opens go
// to the probe as plans of a few, each followed by the closes of those
// that opened, so the probe never holds more than a few handles (an
// implementation with a per-process limit could otherwise refuse later
// opens, hiding leaks). A hung open ends the list there: the probe is
// then gone.
std::vector<Seen> look_all(ProbePeer &probe, const std::vector<Lookup> &lookups,
                           std::vector<CallRecord> &calls) {
    constexpr std::size_t kChunk = 16;
    std::vector<Seen> seen;
    for (std::size_t first = 0; first < lookups.size(); first += kChunk) {
        const std::size_t last = std::min(lookups.size(), first + kChunk);
        std::vector<Step> opens;
        for (std::size_t i = first; i < last; ++i)
            opens.push_back(
                steps::open_kind(lookups[i].kind, "probe." + std::to_string(i), lookups[i].name));
        const std::vector<StepResult> results = probe.peer.run_all(opens);
        std::vector<Step> closes;
        for (std::size_t k = 0; k < opens.size(); ++k) {
            const StepResult &r = results[k];
            if (r.fault == StepFault::hung) {
                log_call(calls, probe.peer, opens[k], r);
                seen.push_back(Seen::hung);
                return seen;
            }
            if (!r.called || r.status < 0) {
                seen.push_back(Seen::absent);
                continue;
            }
            log_call(calls, probe.peer, opens[k], r);
            seen.push_back(Seen::present);
            closes.push_back(steps::close(opens[k].var));
        }
        const std::vector<StepResult> closed = probe.peer.run_all(closes);
        for (std::size_t k = 0; k < closes.size(); ++k)
            log_call(calls, probe.peer, closes[k], closed[k]);
    }
    return seen;
}

// Every name in every kind.
std::vector<Lookup> every_kind(const std::vector<std::u16string> &names) {
    std::vector<Lookup> lookups;
    for (const std::u16string &name : names)
        for (ObjectKind kind : kObjectKinds) lookups.push_back({name, kind});
    return lookups;
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
            switch (look_all(probe, {{never_created, kind}}, out.calls).front()) {
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
        std::vector<std::u16string> unique = names;
        std::sort(unique.begin(), unique.end());
        unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
        std::vector<Lookup> pending = every_kind(unique);
        auto pause = std::chrono::milliseconds(10);
        for (bool first = true;; first = false) {
            const std::vector<Seen> seen = look_all(probe, pending, out.calls);
            std::vector<Lookup> remaining;
            for (std::size_t i = 0; i < seen.size(); ++i) {
                if (seen[i] == Seen::hung) {
                    out.status = Status::timeout;
                    out.messages.push_back("leak probe: an open of \"" +
                                           printable_name(pending[i].name) + "\" did not return");
                    return out;
                }
                if (seen[i] == Seen::present) remaining.push_back(pending[i]);
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
        for (const Lookup &p : pending)
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
        const std::vector<Lookup> lookups = every_kind(names);
        const std::vector<Seen> seen = look_all(probe, lookups, calls);
        for (std::size_t i = 0; i < seen.size(); ++i) {
            if (seen[i] == Seen::hung) return out;
            if (seen[i] == Seen::present)
                out.push_back("\"" + printable_name(lookups[i].name) + "\" (" +
                              kind_label(lookups[i].kind) + ")");
        }
    } catch (const std::exception &e) {
        out.push_back(std::string("(could not look: ") + e.what() + ")");
    }
    return out;
}

}  // namespace rtkconf::runner
