// Touching caller memory without trusting it: a wild pointer passed to the
// API must produce STATUS_INVALID_PARAMETER, never an access violation.
#pragma once

#include <cstddef>

namespace rtkref::win32_backend {

// Copies caller memory after VirtualQuery shows it committed and readable;
// the copy itself is ReadProcessMemory on our own process, which fails
// where a plain read would fault (memory released by another thread in
// between). The query is not redundant: under wine ReadProcessMemory
// succeeds on released and PAGE_NOACCESS memory.
bool read_caller_memory(void *dst, const void *src, std::size_t size);
// True when `size` bytes at `dst` are committed, writable, non-guard
// memory. Decided with VirtualQuery, not by writing: WriteProcessMemory
// would quietly lift a read-only protection and succeed.
bool caller_memory_writable(void *dst, std::size_t size);

}  // namespace rtkref::win32_backend
