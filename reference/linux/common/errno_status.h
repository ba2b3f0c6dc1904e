// How a failed system call becomes an NTSTATUS the caller can act on.
#pragma once

#include "rtk/RtkApi.h"

namespace rtkref::linux_backend {

// ENOMEM/EAGAIN/EPERM from mlock, ENOSPC from fallocate, EMFILE... are
// resource shortages; anything unexpected is STATUS_UNSUCCESSFUL.
NTSTATUS status_from_errno(int error);

}  // namespace rtkref::linux_backend
