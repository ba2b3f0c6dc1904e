// The Win32 side of rtkref/core/platform.h: no broker, the kernel's object
// namespace is the namespace, so an instance is just a handle table.
#include <windows.h>

#include <atomic>
#include <cstring>

#include "instance.h"
#include "rtkref/core/platform.h"
#include "safe_memory_win32.h"

namespace rtkref::platform {

NewInstance attach() {
    // Without a broker no one hands out tags, so a tag is this process's
    // id (a multiple of 4, unique among live processes) beside a serial:
    // a handle value from another process is "never issued" here.
    static std::atomic<uint32_t> serial{0};
    const uint32_t pid_part = (GetCurrentProcessId() >> 2) << 10;
    const uint32_t serial_part = (serial.fetch_add(1) % 1023u) + 1u;  // never 0
    return {STATUS_SUCCESS, std::make_shared<win32_backend::Instance>(pid_part | serial_part)};
}

bool read_caller_memory(void *dst, const void *src, std::size_t size) {
    return win32_backend::read_caller_memory(dst, src, size);
}

bool caller_memory_writable(void *dst, std::size_t size) {
    return win32_backend::caller_memory_writable(dst, size);
}

// VirtualQuery decides (safe_memory_win32.h); the store is then safe.
bool clear_caller_memory(void *dst, std::size_t size) {
    if (!win32_backend::caller_memory_writable(dst, size)) return false;
    std::memset(dst, 0, size);
    return true;
}

// The real thread last error: a Windows program reads it with GetLastError.
void set_last_error(DWORD error) {
    SetLastError(error);
}

}  // namespace rtkref::platform
