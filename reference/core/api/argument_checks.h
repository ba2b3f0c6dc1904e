// The checks every exported call makes before it reaches the backend.
#pragma once

#include <cstring>
#include <memory>
#include <type_traits>

#include "rtkref/core/name_rules.h"
#include "rtkref/core/platform.h"

namespace rtkref::api {

std::shared_ptr<PlatformInstance> find_instance(RTSSINST instance);

// Stores through a caller's output pointer byte by byte: nothing says it
// is aligned, and a misaligned store of a pointer-sized value is undefined.
template <class T>
void store_output(T *out, T value) {
    std::memcpy(static_cast<void *>(out), &value, sizeof value);
}

// Probes an output pointer and clears what it points to, so a failed call
// never leaves a stale value behind (a zeroed T is T{} for the pointers
// and integers this is used with).
// The store after the clear is what a sanitizer sees: the kernel's write
// is invisible to it, and an undersized output object must still show.
template <class T>
bool clear_output(T *out) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (!platform::clear_caller_memory(out, sizeof *out)) return false;
    store_output(out, T{});
    return true;
}

NameCheck read_name(const UNICODE_STRING *name);

// What an Rtk call returns for a backend's status: an existing object
// opened by a create is plain success there (D3).
inline NTSTATUS rtk_status(NTSTATUS backend) {
    return backend == STATUS_OBJECT_NAME_EXISTS ? STATUS_SUCCESS : backend;
}

}  // namespace rtkref::api
