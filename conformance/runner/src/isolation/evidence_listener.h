// Collects what GoogleTest says about the one test a child runs: its
// failure messages and whether it passed, failed or was skipped.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "rtkconf/results/vocabulary.h"

namespace rtkconf::runner {

using results::Status;

// A failure message as evidence: an assertion that explains itself
// ("expected X, got Y") without GoogleTest's "Value of / Actual / Expected"
// frame around it; any other message as it is.
std::string plain_evidence(const std::string &message);

class EvidenceListener : public ::testing::EmptyTestEventListener {
  public:
    void OnTestPartResult(const ::testing::TestPartResult &result) override;
    void OnTestEnd(const ::testing::TestInfo &info) override;

    bool ran() const { return ran_; }
    Status status() const { return status_; }
    int64_t duration_ms() const { return duration_ms_; }
    const std::vector<std::string> &messages() const { return messages_; }

  private:
    bool ran_ = false;
    bool not_applicable_ = false;  // the test skipped itself as n/a
    Status status_ = Status::error;
    int64_t duration_ms_ = 0;
    std::vector<std::string> messages_;
};

}  // namespace rtkconf::runner
