// The platform seam of the loader: one of dynamic_library_posix.cpp /
// dynamic_library_win32.cpp is compiled. Failures return nullptr and a
// message from the platform (dlerror / GetLastError).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace rtkconf::detail {

void *open_library(const std::filesystem::path &path, std::string &error);
void *find_symbol(void *library, const char *name);
void close_library(void *library);

// Where the platform keeps a thread's last error itself (Windows:
// GetLastError and SetLastError), for user-mode implementations that set
// it there; both null where it has none.
struct LastErrorCalls {
    uint32_t (*get)() = nullptr;
    void (*set)(uint32_t) = nullptr;
};
LastErrorCalls system_last_error();

}  // namespace rtkconf::detail
