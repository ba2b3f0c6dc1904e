// Runs a list of steps in each of several peers at the same time: one
// thread per peer, all released together so their first calls overlap.
// Each Peer is driven by exactly one thread; GoogleTest assertions stay
// on the test's thread, which checks the returned results.
#pragma once

#include <chrono>
#include <vector>

#include "rtkconf/plugin/support.h"

namespace rtkconf::plugin::concurrency {

// results[i][k] is the result of plans[i][k] in peers[i]. A peer stops at
// its first step that was not called (it died or hung): the rest of its
// plan is left out.
std::vector<std::vector<StepResult>> run_in_parallel(const std::vector<Peer *> &peers,
                                                     const std::vector<std::vector<Step>> &plans);

// The same, peer i waiting delays[i] after the common start before its
// first step: a race is then tried at several offsets, so a window that
// opens a few milliseconds into one call is hit whatever the machine's
// speed, not only when the scheduler happens to line the calls up.
std::vector<std::vector<StepResult>> run_staggered(
    const std::vector<Peer *> &peers, const std::vector<std::vector<Step>> &plans,
    const std::vector<std::chrono::microseconds> &delays);

}  // namespace rtkconf::plugin::concurrency
