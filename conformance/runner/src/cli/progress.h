// What `run` prints while it works: one line per finished test
// ("[ 12/40] SHM-NAME-004 pass  (23 ms)  Refuses261Units"), the first
// messages of a test that did not pass, and the closing summary.
#pragma once

#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <vector>

#include "rtkconf/results/model.h"
#include "test_execution.h"

namespace rtkconf::runner {

void print_progress(std::ostream &out, std::size_t done, std::size_t total,
                    const TestResult &result);

void print_summary(std::ostream &out, const results::Results &results,
                   const std::filesystem::path &report);

}  // namespace rtkconf::runner
