// Shared memory backed by an anonymous memfd, fully reserved up front.
#pragma once

#include "rtkref/core/backing.h"

namespace rtkref::linux_backend {

// fallocate reserves every page now: a shortage fails the create with a
// status instead of raising SIGBUS at a later first touch (D9). New tmpfs
// pages read as zero (D8).
BackingResult make_memfd_backing(uint64_t size);

}  // namespace rtkref::linux_backend
