// Classifies how a test child ended into the test's status: a report
// decides pass/fail/skip; a signal or a missing report is a crash; the
// parent's deadline is a timeout; a child that never started is an error.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "child_report.h"
#include "rtkconf/results/vocabulary.h"

namespace rtkconf::runner {

using results::Status;

struct ChildEnd {
    enum class How { exited, signalled, timed_out, not_started };
    How how = How::exited;
    int code = 0;        // exit code, signal number, or the native crash code
    std::string detail;  // e.g. why it did not start, or the signal's name
};

struct TestOutcome {
    Status status = Status::error;
    std::vector<std::string> messages;
};

TestOutcome classify(const ChildEnd &end, const std::optional<ChildReport> &report,
                     const std::string &report_error);

}  // namespace rtkconf::runner
