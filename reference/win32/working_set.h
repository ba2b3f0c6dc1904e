// The process's working-set quota, grown for every locked view: VirtualLock
// can lock no more than the minimum working set allows.
#pragma once

#include <cstddef>

#include "rtk/RtkApi.h"

namespace rtkref::win32_backend {

// Raises the minimum and maximum working set by `bytes`.
NTSTATUS grow_working_set(std::size_t bytes);
// Gives back what grow_working_set took; best effort (a failure only
// leaves the quota larger than needed).
void shrink_working_set(std::size_t bytes);

}  // namespace rtkref::win32_backend
