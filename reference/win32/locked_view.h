// A read-write view of a whole section, resident and locked (D9): the
// caller's first touch takes no page fault.
#pragma once

#include <cstddef>

#include "rtk/RtkApi.h"

namespace rtkref::win32_backend {

struct LockedView {
    void *address = nullptr;
    std::size_t size = 0;  // the whole view, as VirtualQuery reports it
};

struct LockedViewResult {
    NTSTATUS status = STATUS_SUCCESS;
    LockedView view;
};

// On failure nothing is left mapped and the status is
// STATUS_INSUFFICIENT_RESOURCES; the section handle stays the caller's.
LockedViewResult map_locked_view(HANDLE section);
void unmap_locked_view(const LockedView &view);

}  // namespace rtkref::win32_backend
