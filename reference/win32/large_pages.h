// Large-page sections: never paged, so locked by construction, but only
// for a process holding SeLockMemoryPrivilege and for sizes that are a
// multiple of the large-page size. Everything else uses normal pages.
#pragma once

#include <cstdint>

namespace rtkref::win32_backend {

// True when a section of `size` bytes can be made of large pages. The
// privilege is enabled once per process, on first use.
bool large_pages_usable(uint64_t size);

}  // namespace rtkref::win32_backend
