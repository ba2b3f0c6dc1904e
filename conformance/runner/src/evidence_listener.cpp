#include "evidence_listener.h"

namespace rtkconf::runner {

void EvidenceListener::OnTestPartResult(const ::testing::TestPartResult &result) {
    std::string where;
    if (result.file_name()) {
        // The plugin's source path is noise in a report: keep the file name.
        std::string file = result.file_name();
        const auto slash = file.find_last_of("/\\");
        where = (slash == std::string::npos ? file : file.substr(slash + 1)) + ":" +
                std::to_string(result.line_number()) + ": ";
    }
    if (result.skipped())
        messages_.push_back("skipped: " + std::string(result.message()));
    else if (result.failed())
        messages_.push_back(where + result.message());
}

void EvidenceListener::OnTestEnd(const ::testing::TestInfo &info) {
    ran_ = true;
    const ::testing::TestResult *result = info.result();
    duration_ms_ = static_cast<int64_t>(result->elapsed_time());
    if (result->Failed())
        status_ = Status::fail;
    else if (result->Skipped())
        status_ = Status::skip;
    else
        status_ = Status::pass;
}

}  // namespace rtkconf::runner
