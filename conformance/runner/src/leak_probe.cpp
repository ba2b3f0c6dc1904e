#include "leak_probe.h"

#include <array>
#include <cstdio>

namespace rtkconf::runner {
namespace {

constexpr std::array<std::pair<ObjectKind, const char *>, 4> kKinds{{
    {ObjectKind::shared_memory, "shared memory"},
    {ObjectKind::mutex, "mutex"},
    {ObjectKind::event, "event"},
    {ObjectKind::semaphore, "semaphore"},
}};

void log_call(LeakProbeResult &out, const Peer &peer, const Step &step, const StepResult &r) {
    out.calls.push_back({peer.label(), describe(step, r), r.status, r.detail});
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

LeakProbeResult probe_leaks(const PeerOptions &options, const std::vector<std::u16string> &names) {
    LeakProbeResult out;
    if (names.empty()) return out;
    try {
        Peer peer(options);
        Step attach;
        attach.op = StepOp::attach;
        attach.arg0 = 1;
        const StepResult attached = peer.run(attach);
        if (!attached.called || attached.status < 0) {
            log_call(out, peer, attach, attached);
            out.error = "leak probe: attach failed: " + status_name(attached.status) + " " +
                        attached.detail;
            return out;
        }
        for (const std::u16string &name : names) {
            for (const auto &[kind, kind_name] : kKinds) {
                Step open;
                open.op = StepOp::open;
                open.kind = kind;
                open.var = "probe";
                open.name.units = name;
                const StepResult r = peer.run(open);
                if (!r.called || r.status < 0) continue;
                log_call(out, peer, open, r);
                out.leaks.push_back("leak: \"" + printable_name(name) + "\" still opens as " +
                                    kind_name + " after every process of the test ended (" +
                                    status_name(r.status) + ")");
                Step close;
                close.op = StepOp::close;
                close.var = "probe";
                log_call(out, peer, close, peer.run(close));
            }
        }
    } catch (const std::exception &e) {
        out.error = std::string("leak probe: ") + e.what();
    }
    return out;
}

}  // namespace rtkconf::runner
