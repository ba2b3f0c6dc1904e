#include "evidence_listener.h"

#include "rtkconf/plugin_abi.h"

namespace rtkconf::runner {

std::string plain_evidence(const std::string &message) {
    // GoogleTest spells a failed EXPECT_TRUE(assertion) as
    //   Value of: <expr>\n  Actual: false (<why>)\nExpected: true[\n<stream text>]
    // where <why> is our "expected X, got Y": keep that and the test's own
    // words (the row), drop the boilerplate.
    static const std::string kValue = "Value of: ";
    static const std::string kActual = "\n  Actual: false (";
    static const std::string kExpected = ")\nExpected: true";
    if (message.rfind(kValue, 0) != 0) return message;
    const auto actual = message.find(kActual);
    if (actual == std::string::npos) return message;
    const auto expected = message.find(kExpected, actual);
    if (expected == std::string::npos) return message;
    const std::string why =
        message.substr(actual + kActual.size(), expected - actual - kActual.size());
    std::string rest = message.substr(expected + kExpected.size());
    if (!rest.empty() && rest.front() == '\n') rest.erase(0, 1);
    return rest.empty() ? why : rest + ": " + why;
}

void EvidenceListener::OnTestPartResult(const ::testing::TestPartResult &result) {
    std::string where;
    if (result.file_name()) {
        // The plugin's source path is noise in a report: keep the file name.
        std::string file = result.file_name();
        const auto slash = file.find_last_of("/\\");
        where = (slash == std::string::npos ? file : file.substr(slash + 1)) + ":" +
                std::to_string(result.line_number()) + ": ";
    }
    if (result.skipped()) {
        const std::string message = result.message();
        if (message.rfind(RTKCONF_NOT_APPLICABLE_PREFIX, 0) == 0)
            not_applicable_ = true;  // the message already says "n/a: why"
        messages_.push_back(not_applicable_ ? message : "skipped: " + message);
    } else if (result.failed())
        messages_.push_back(where + plain_evidence(result.message()));
}

void EvidenceListener::OnTestEnd(const ::testing::TestInfo &info) {
    ran_ = true;
    const ::testing::TestResult *result = info.result();
    duration_ms_ = static_cast<int64_t>(result->elapsed_time());
    if (result->Failed())
        status_ = Status::fail;
    else if (result->Skipped())
        status_ = not_applicable_ ? Status::not_applicable : Status::skip;
    else
        status_ = Status::pass;
}

}  // namespace rtkconf::runner
