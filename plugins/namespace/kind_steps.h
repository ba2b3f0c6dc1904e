// Steps for any kind of named object, so one test body serves mutex,
// event and semaphore alike.
#pragma once

#include <cstdint>
#include <string>

#include "rtkconf/plugin/support.h"

namespace rtkconf::plugin::ns {

constexpr uint32_t kSize = 4096;

// A create of `kind`: shared memory of kSize bytes, an unowned mutex, a
// manual-reset event, a semaphore with count 1 of 1.
Step create_kind(ObjectKind kind, const std::string &var, const std::u16string &name);
Step open_kind(ObjectKind kind, const std::string &var, const std::u16string &name);

const char *kind_label(ObjectKind kind);  // "mutex", "shared memory", ...

// Where the holder and the colliding call run: two processes, or one.
struct Placement {
    const char *label;
    bool same_process;
};
inline constexpr Placement kPlacements[] = {{"holder in peer 1, call in peer 2", false},
                                            {"holder and call in peer 1", true}};

}  // namespace rtkconf::plugin::ns
