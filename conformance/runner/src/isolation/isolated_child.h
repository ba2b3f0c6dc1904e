// Runs one child process of the runner (a test or a plugin probe) in its
// own process group (a job object on Windows), so that on a timeout the
// child and every peer it spawned die together. Output goes to a log file
// that becomes evidence when the child crashes. A start the platform
// refuses is tried again, at most four times.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "child_outcome.h"

namespace rtkconf::runner {

ChildEnd run_isolated(const std::filesystem::path &executable, const std::vector<std::string> &args,
                      const std::filesystem::path &output_log, std::chrono::milliseconds timeout);

// The last `max_lines` lines of a log, for evidence; "" when unreadable.
std::string log_tail(const std::filesystem::path &log, std::size_t max_lines);

}  // namespace rtkconf::runner
