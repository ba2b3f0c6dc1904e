// What every exported function shares: the instance registry and the
// checks of caller-supplied pointers (bad input is a status, never a crash).
#pragma once

#include <memory>

#include "instance.h"
#include "rtk/RtkApi.h"
#include "rtkref/core/instance_registry.h"
#include "rtkref/core/name_rules.h"

namespace rtkref::win32_backend {

InstanceRegistry<Instance> &registry();

// A new instance, with a handle tag of its own among this process's
// instances and, as far as process ids go, among other processes' too.
std::shared_ptr<Instance> make_instance();

// The instance an RTSSINST names, or nullptr for any value attach did not
// return (or that was detached).
std::shared_ptr<Instance> find_instance(RTSSINST instance);

// True when `pointer` is non-NULL and `size` bytes there can be written.
bool writable(void *pointer, std::size_t size);

// Reads the caller's UNICODE_STRING through the fault-free copier.
NameCheck read_name(const UNICODE_STRING *name);

}  // namespace rtkref::win32_backend
