// A small in-process Rtk implementation and agent host for the executor
// core's unit tests and fuzzer. It is strict where the core could go
// wrong: every handle, view and instance is tracked, a call made while the
// agent's lock is held is counted (only the shared policy's one attach may
// do that), and whatever the core does, nothing may be left once every
// session has ended. Cross-process behaviour is never tested with it: that
// is the loopback tests' job, against the reference.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "rtkconf/agent/executor.h"

namespace rtkconf::agent_test {

struct FakeCounts {
    std::size_t instances = 0, handles = 0, views = 0, objects = 0;
    std::size_t allocations = 0;  // host allocations not yet released
};

// Resets the fake (every object, instance and counter) and returns its
// function table; `optional` false leaves the optional exports NULL.
rtkconf_agent_rtk_table fake_reset(bool optional = true);

// The host services, backed by malloc; allocation `fail_at` (1-based,
// counted from the reset) and every later one fail when fail_at != 0.
rtkconf_agent_host fake_host(std::size_t fail_at = 0);

FakeCounts fake_counts();
// Rtk calls made while the agent's lock was held, attaches excepted.
std::size_t fake_calls_under_lock();
// Every call made since the reset, as "RtkCloseHandle(0x1000, 0x12)".
const std::vector<std::string> &fake_calls();
// The largest object the fake creates; bigger sizes get STATUS_NO_MEMORY.
constexpr uint32_t kFakeMaxSize = 1u << 20;

}  // namespace rtkconf::agent_test
