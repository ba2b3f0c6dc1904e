// Touching caller memory without trusting it: a wild pointer passed to the
// API must produce STATUS_INVALID_PARAMETER, never a crash. The kernel
// does the access on our behalf and reports EFAULT instead of faulting.
#pragma once

#include <cstddef>

namespace rtkref::linux_backend {

bool read_caller_memory(void *dst, const void *src, std::size_t size);
// Checks that `size` bytes at `dst` can be written, without changing them.
bool caller_memory_writable(void *dst, std::size_t size);
// Writes zeros over `size` bytes at `dst`, or returns false having
// written nothing. Within one page (every output pointer of the API) that
// is a single process_vm_writev, which stores or reports EFAULT; across
// pages, or above 64 bytes, the probe above decides first.
bool clear_caller_memory(void *dst, std::size_t size);

}  // namespace rtkref::linux_backend
