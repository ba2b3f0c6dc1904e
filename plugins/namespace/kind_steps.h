// What the one-namespace tests share beyond the step builders: the size of
// their shared memory objects and where the colliding call runs.
#pragma once

#include <cstdint>

#include "rtkconf/plugin/support.h"

namespace rtkconf::plugin::ns {

constexpr uint32_t kSize = 4096;

// Where the holder and the colliding call run: two processes, or one.
struct Placement {
    const char *label;
    bool same_process;
};
inline constexpr Placement kPlacements[] = {{"holder in peer 1, call in peer 2", false},
                                            {"holder and call in peer 1", true}};

}  // namespace rtkconf::plugin::ns
