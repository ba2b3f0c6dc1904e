// What the lifetime tests ask again and again: does a name still open
// from a process that holds nothing, and is a killed peer really gone?
#pragma once

#include <cstdint>
#include <string>

#include "rtkconf/plugin/support.h"

namespace rtkconf::plugin::lifetime {

constexpr uint32_t kSize = 4096;

// The probe opens `name` and, when that succeeds, unmaps and closes it
// again at once, so the probe itself never keeps the object alive. The
// open's result.
StepResult probe_open(Peer &probe, const std::u16string &name);

// SIGKILLs `peer` and reaps it; fails the test when it did not die.
void kill_and_reap(Peer &peer, const std::string &row);

}  // namespace rtkconf::plugin::lifetime
