#include "safe_memory_win32.h"

#include <windows.h>

#include <cstdint>

namespace rtkref::win32_backend {
namespace {

constexpr DWORD kWritable =
    PAGE_READWRITE | PAGE_WRITECOPY | PAGE_EXECUTE_READWRITE | PAGE_EXECUTE_WRITECOPY;
constexpr DWORD kReadable = kWritable | PAGE_READONLY | PAGE_EXECUTE_READ;

// True when every page of [address, address + size) is committed, has one
// of `protections` and is neither a guard page nor no-access. One query per
// region: the range may span regions of different kinds.
bool range_has(const void *address, std::size_t size, DWORD protections) {
    auto at = reinterpret_cast<std::uintptr_t>(address);
    const std::uintptr_t end = at + size;
    if (end < at) return false;  // wraps around the address space
    while (at < end) {
        MEMORY_BASIC_INFORMATION region{};
        if (VirtualQuery(reinterpret_cast<const void *>(at), &region, sizeof region) == 0) {
            return false;
        }
        if (region.State != MEM_COMMIT || (region.Protect & protections) == 0 ||
            (region.Protect & (PAGE_GUARD | PAGE_NOACCESS)) != 0) {
            return false;
        }
        at = reinterpret_cast<std::uintptr_t>(region.BaseAddress) + region.RegionSize;
    }
    return true;
}

}  // namespace

bool read_caller_memory(void *dst, const void *src, std::size_t size) {
    if (size == 0) return true;
    if (src == nullptr || !range_has(src, size, kReadable)) return false;
    SIZE_T got = 0;
    return ReadProcessMemory(GetCurrentProcess(), src, dst, size, &got) != 0 && got == size;
}

bool caller_memory_writable(void *dst, std::size_t size) {
    return dst != nullptr && range_has(dst, size, kWritable);
}

}  // namespace rtkref::win32_backend
