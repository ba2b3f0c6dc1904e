// Leak findings: after a test's processes are gone, every object the test
// created must be gone too. A probe peer opens each created name as every
// kind of object, never creating anything, and polls for a bounded settle
// time so an implementation that cleans up asynchronously passes. What
// still opens then is a leak: a finding of its own (SHM-LEAK-001), never
// a failure of the rule the test was about.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "child_report.h"
#include "rtkconf/peer.h"
#include "rtkconf/results/vocabulary.h"

namespace rtkconf::runner {

using results::Status;

struct LeakProbeSettings {
    PeerOptions peer;
    std::chrono::milliseconds settle{2000};
};

// Whether the probe can tell anything: an open of a name that no test
// ever created must fail, and must return. An implementation whose open
// creates, or whose failed opens hang, cannot be probed (`why` says so).
struct LeakProbeReadiness {
    bool usable = false;
    std::string why;
    std::vector<CallRecord> calls;
};
LeakProbeReadiness check_probe_readiness(const LeakProbeSettings &settings,
                                         const std::u16string &never_created);

struct LeakCheck {
    Status status = Status::skip;        // pass, fail (leak), timeout, error, skip (nothing to do)
    std::vector<std::string> messages;   // one per leaked (name, kind), or why not judged
    int64_t cleanup_ms = -1;             // when the last object was seen gone; -1: never seen
    bool present_at_first_look = false;  // something was still there right after the test
    std::vector<CallRecord> calls;       // the probe's call log (opens that succeeded)
};

// Probes `names` (the names the test created) until none opens or the
// settle time is over.
LeakCheck check_leaks(const LeakProbeSettings &settings, const std::vector<std::u16string> &names);

// The names of `names` that still open as some kind, as "name (kind)";
// one look, no settle (the end-of-run listing).
std::vector<std::string> still_existing(const PeerOptions &peer,
                                        const std::vector<std::u16string> &names);

// A name for messages: ASCII as is, anything else as \uXXXX.
std::string printable_name(const std::u16string &name);

}  // namespace rtkconf::runner
