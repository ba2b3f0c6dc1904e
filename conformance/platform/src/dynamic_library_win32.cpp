#include <windows.h>

#include <string>
#include <system_error>

#include "rtkconf/platform/dynamic_library.h"

namespace rtkconf::platform {
namespace {

// The system's words for a Win32 error code, without the trailing newline.
std::string error_text(DWORD error) {
    char buffer[256] = {};
    const DWORD length =
        ::FormatMessageA(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr, error,
                         0, buffer, sizeof buffer, nullptr);
    std::string text(buffer, length);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
        text.pop_back();
    return text;
}

}  // namespace

LibraryOpen open_library(const std::filesystem::path &path) {
    // The library's folder is searched for its own dependencies, as for an
    // application shipping it; that search wants an absolute path.
    std::error_code ec;
    const std::filesystem::path absolute = std::filesystem::absolute(path, ec);
    // No error dialog box for a broken library: the caller reports it.
    DWORD previous = 0;
    ::SetThreadErrorMode(SEM_FAILCRITICALERRORS | SEM_NOOPENFILEERRORBOX, &previous);
    HMODULE module =
        ::LoadLibraryExW((ec ? path : absolute).c_str(), nullptr,
                         LOAD_LIBRARY_SEARCH_DLL_LOAD_DIR | LOAD_LIBRARY_SEARCH_DEFAULT_DIRS);
    const DWORD error = ::GetLastError();
    ::SetThreadErrorMode(previous, nullptr);
    if (module != nullptr) return {reinterpret_cast<void *>(module), {}};
    return {nullptr,
            "LoadLibraryExW failed with error " + std::to_string(error) + ": " + error_text(error)};
}

void *find_symbol(void *library, const char *name) {
    return reinterpret_cast<void *>(::GetProcAddress(static_cast<HMODULE>(library), name));
}

void close_library(void *library) {
    if (library != nullptr) ::FreeLibrary(static_cast<HMODULE>(library));
}

const char *library_suffix() {
    return ".dll";
}

namespace {
uint32_t get_last_error() {
    return ::GetLastError();
}
void set_last_error(uint32_t error) {
    ::SetLastError(error);
}
}  // namespace

LastErrorCalls system_last_error() {
    return {&get_last_error, &set_last_error};
}

}  // namespace rtkconf::platform
