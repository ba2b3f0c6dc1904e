// Hazard marks. A probe that could crash a kernel-mode implementation
// instead of getting a status back (a wild or fabricated pointer, a NULL
// Buffer with Length > 0, a handle or RtssInst value no call ever issued)
// starts its test with
//
//   RTKCONF_HAZARD("fabricated handle values such as ~0");
//
// Under `rtkconf run --safe` the test stops there and is reported as
// `skip` with the reason; otherwise the mark does nothing. A test holds
// either hazardous probes only or none: split mixed tables so a skip
// leaves out exactly the dangerous rows.
#pragma once

#include <gtest/gtest.h>

namespace rtkconf::plugin {

// The text every hazard skip starts with; the runner's tests look for it.
inline constexpr const char *kHazardSkipPrefix = "hazard skipped by --safe: ";

// True when the runner asked for a safe run.
bool safe_mode();

}  // namespace rtkconf::plugin

#define RTKCONF_HAZARD(reason)                                                \
    do {                                                                      \
        if (::rtkconf::plugin::safe_mode())                                   \
            GTEST_SKIP() << ::rtkconf::plugin::kHazardSkipPrefix << (reason); \
    } while (0)
