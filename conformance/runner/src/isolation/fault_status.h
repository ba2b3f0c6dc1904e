// Turns the faults a test recorded (calls that got no answer) into the
// test's status: a crash or hang inside the implementation is the rule's
// crash or timeout whatever the assertions said, and a failure of the
// harness makes the test an error, never the implementation's fail.
#pragma once

#include <string>
#include <vector>

#include "plugin_host.h"
#include "rtkconf/results/vocabulary.h"

namespace rtkconf::runner {

using results::Status;

// The status a test ends with, given what its assertions said (`status`)
// and its faults; `messages` gains one line per fault.
Status apply_faults(Status status, const std::vector<FaultRecord> &faults,
                    std::vector<std::string> &messages);

}  // namespace rtkconf::runner
