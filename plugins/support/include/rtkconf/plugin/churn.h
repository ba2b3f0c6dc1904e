// Memory returned at the last close, the only way a caller can see it:
// objects created and destroyed one after another, totalling several
// times what could stay live, must all be created. Shared by the rules
// for named objects (SHM-CAP-006) and unnamed ones (SHM-MAP-008).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "rtkconf/plugin/context.h"
#include "rtkconf/peer.h"
#include "rtkconf/step.h"

namespace rtkconf::plugin {

struct ChurnPlan {
    uint32_t size;  // of each object
    int rounds;     // objects created and destroyed, one at a time
    // The peer's lock limit: what could stay live. None in a heavy run,
    // where the machine's own memory is the limit.
    std::optional<uint64_t> memlock_limit;
};

// Short run: 16 objects of 4 MiB in a process that may lock 8 MiB (or
// less: its hard limit), so an implementation that keeps that memory runs
// out by the third. Heavy run: 1,024 objects of 64 MiB, 64 GiB in all,
// several times the memory of the machines the suite runs on.
ChurnPlan churn_plan();

// The context for the peer that runs the plan (its lock limit set where
// the platform has one).
RunContext churn_context(const ChurnPlan &plan);

// Runs the plan in `peer`: each round `create(var, size)` makes an object
// in slot `var`, whose first and last page are written, then unmapped and
// closed. Stops at the first round whose create fails (a fatal failure of
// the test, naming the round and what was returned before it).
void create_and_destroy(Peer &peer, const ChurnPlan &plan,
                        const std::function<Step(const std::string &var, uint32_t size)> &create);

}  // namespace rtkconf::plugin
