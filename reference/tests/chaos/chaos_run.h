// The chaos run itself: workers, the storm of signals, the final checks.
#pragma once

#include <string>

namespace rtkref_chaos {

struct RunOptions {
    int workers = 8;
    int seconds = 10;
    unsigned seed = 1;
    std::string library;  // the library under test
    std::string broker;   // the broker it starts
};

// 0 when every invariant held, 1 otherwise (each failure printed).
int run_chaos(const RunOptions &options);

}  // namespace rtkref_chaos
