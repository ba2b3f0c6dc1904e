#include "child_outcome.h"

namespace rtkconf::runner {

TestOutcome classify(const ChildEnd &end, const std::optional<ChildReport> &report,
                     const std::string &report_error) {
    TestOutcome outcome;
    switch (end.how) {
        case ChildEnd::How::timed_out:
            outcome.status = Status::timeout;
            outcome.messages.push_back("timeout: " + end.detail);
            return outcome;
        case ChildEnd::How::signalled:
            outcome.status = Status::crash;
            outcome.messages.push_back("crash: the test process was killed by signal " +
                                       std::to_string(end.code) +
                                       (end.detail.empty() ? "" : " (" + end.detail + ")"));
            return outcome;
        case ChildEnd::How::not_started:
            outcome.status = Status::error;
            outcome.messages.push_back("harness error: the test process did not start: " +
                                       end.detail);
            return outcome;
        case ChildEnd::How::running:  // never what run_isolated returns
        case ChildEnd::How::exited:
            break;
    }
    if (!report) {
        outcome.status = Status::crash;
        outcome.messages.push_back("crash: the test process exited with code " +
                                   std::to_string(end.code) + " without a report (" + report_error +
                                   ")" + (end.detail.empty() ? "" : ": " + end.detail));
        return outcome;
    }
    outcome.status = report->status;
    outcome.messages = report->messages;
    return outcome;
}

}  // namespace rtkconf::runner
