// A backing that counts live instances, so tests can see memory returned.
#pragma once

#include "rtkref/core/backing.h"

namespace rtkref::testing {

inline int g_live_backings = 0;
inline bool g_fail_next_backing = false;

class CountedBacking final : public Backing {
  public:
    CountedBacking() { ++g_live_backings; }
    ~CountedBacking() override { --g_live_backings; }
    int descriptor() const override { return 99; }
};

inline BackingResult make_counted_backing(uint64_t) {
    if (g_fail_next_backing) {
        g_fail_next_backing = false;
        return {STATUS_INSUFFICIENT_RESOURCES, nullptr};
    }
    return {STATUS_SUCCESS, std::make_shared<CountedBacking>()};
}

}  // namespace rtkref::testing
