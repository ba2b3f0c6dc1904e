// Classifies how a test child ended into the test's status: a report
// decides pass/fail/skip; a signal or a missing report is a crash; the
// parent's deadline is a timeout; a child that never started is an error.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "child_report.h"
#include "rtkconf/platform/process_end.h"
#include "rtkconf/results/vocabulary.h"

namespace rtkconf::runner {

using results::Status;

// How the test child ended, classified by the platform layer as every
// child of the harness is.
using ChildEnd = platform::ProcessEnd;

struct TestOutcome {
    Status status = Status::error;
    std::vector<std::string> messages;
};

TestOutcome classify(const ChildEnd &end, const std::optional<ChildReport> &report,
                     const std::string &report_error);

}  // namespace rtkconf::runner
