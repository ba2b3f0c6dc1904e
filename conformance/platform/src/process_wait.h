// The platform seam of run_to_end: waiting for a child with a deadline.
// One of process_{posix,win32}.cpp is compiled.
#pragma once

#include <chrono>

// The umbrella header: Boost 1.81's Windows parts of Boost.Process only
// compile (mingw-w64) with everything included.
#include <boost/process.hpp>

namespace rtkconf::platform::detail {

// True once `child` has ended, false when `timeout` passed first. Never
// reaps it, so the caller may still signal it (or its group) by id.
// Throws std::system_error when the platform cannot wait with a deadline.
bool ended_within(boost::process::child &child, std::chrono::milliseconds timeout);

}  // namespace rtkconf::platform::detail
