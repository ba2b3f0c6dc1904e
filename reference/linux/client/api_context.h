// What every exported function shares: the instance registry and the
// checks of caller-supplied pointers (bad input is a status, never a crash).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "instance.h"
#include "rtk/RtkApi.h"
#include "rtkref/core/instance_registry.h"
#include "rtkref/core/name_rules.h"

namespace rtkref::linux_backend {

InstanceRegistry<Instance> &registry();

// The instance an RTSSINST names, or nullptr for any value attach did not
// return (or that was detached).
std::shared_ptr<Instance> find_instance(RTSSINST instance);

// True when `pointer` is non-NULL and `size` bytes there can be written.
bool writable(void *pointer, std::size_t size);

// Reads the caller's UNICODE_STRING through the fault-free copier.
NameCheck read_name(const UNICODE_STRING *name);

// Stores an output value the caller's pointer was already checked for.
template <class T>
void store(T *out, T value) {
    if (out != nullptr) *out = value;
}

}  // namespace rtkref::linux_backend
