// Runs the reference library in a child process of its own, loaded by
// path (RTKREF_HARDENING_IMPL runs the same tests against another build),
// with whatever limits the child sets for itself. A child that hangs is
// killed at its deadline and reported as such, so a hang fails the test
// instead of blocking the run.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "rtk/RtkApi.h"

namespace rtkref_hardening {

// The library's entry points, as the child resolved them.
struct Rtk {
    decltype(&RtkRtssAttach) attach;
    decltype(&RtkRtssDetach) detach;
    decltype(&RtkCreateSharedMemory) create_shm;
    decltype(&RtkOpenSharedMemory) open_shm;
    decltype(&RtkCloseHandle) close;
    decltype(&RtkCreateMutex) create_mutex;
};

// Loads the library under test; exits the child (code 120) if it cannot.
Rtk load_library();

// A UNICODE_STRING over `units` (which must outlive it).
UNICODE_STRING unicode(std::u16string &units);

struct ChildOutcome {
    bool finished = false;        // false: killed at the deadline
    std::vector<int64_t> values;  // what the body returned
};

// Forks; the child applies `environment` (name, value pairs), runs `body`
// and reports what it returned.
ChildOutcome run_child(const std::vector<std::pair<std::string, std::string>> &environment,
                       const std::function<std::vector<int64_t>()> &body, int timeout_ms);

}  // namespace rtkref_hardening
