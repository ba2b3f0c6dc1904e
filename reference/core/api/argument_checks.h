// The checks every exported call makes before it reaches the backend.
#pragma once

#include <memory>

#include "rtkref/core/name_rules.h"
#include "rtkref/core/platform.h"

namespace rtkref::api {

std::shared_ptr<PlatformInstance> find_instance(RTSSINST instance);

// Probes an output pointer and clears what it points to, so a failed call
// never leaves a stale value behind.
template <class T>
bool clear_output(T *out) {
    if (!platform::caller_memory_writable(out, sizeof *out)) return false;
    *out = T{};
    return true;
}

NameCheck read_name(const UNICODE_STRING *name);

}  // namespace rtkref::api
