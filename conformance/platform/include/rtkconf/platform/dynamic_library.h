// Opening a shared library by path and finding its exports: the harness's
// one loader, for implementations under test, plugins, and the reference
// a mutant fixture wraps. One of dynamic_library_{posix,win32}.cpp is
// compiled.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace rtkconf::platform {

struct LibraryOpen {
    void *handle = nullptr;  // null on failure
    std::string error;       // the platform's message on failure
};

// Resolves every symbol at once and keeps them private to the library
// (RTLD_NOW | RTLD_LOCAL), so two libraries loaded side by side never
// resolve each other's symbols. On Windows the library's own folder is
// searched for its dependencies, and a broken library gives an error
// value, never a dialog box.
LibraryOpen open_library(const std::filesystem::path &path);

// nullptr when the library does not export `name`.
void *find_symbol(void *library, const char *name);

// Does nothing for nullptr.
void close_library(void *library);

// The file name suffix of shared libraries here: ".so", ".dll".
const char *library_suffix();

// Where the platform keeps a thread's last error itself (Windows:
// GetLastError and SetLastError), for user-mode implementations that set
// it there; both null where it has none.
struct LastErrorCalls {
    uint32_t (*get)() = nullptr;
    void (*set)(uint32_t) = nullptr;
};
LastErrorCalls system_last_error();

}  // namespace rtkconf::platform
