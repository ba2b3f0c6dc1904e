// After a test's processes are gone, every name it used must be free
// again: a probe peer tries to open each name as every kind of object. A
// name that still opens is a leak, and the test fails with that evidence.
#pragma once

#include <string>
#include <vector>

#include "child_report.h"
#include "rtkconf/peer.h"

namespace rtkconf::runner {

struct LeakProbeResult {
    std::vector<std::string> leaks;  // one message per leaked (name, kind)
    std::string error;               // the probe itself failed (no verdict)
    std::vector<CallRecord> calls;   // the probe's call log, as evidence
};

LeakProbeResult probe_leaks(const PeerOptions &options, const std::vector<std::u16string> &names);

// A name for messages: ASCII as is, anything else as \uXXXX.
std::string printable_name(const std::u16string &name);

}  // namespace rtkconf::runner
