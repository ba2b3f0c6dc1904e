#include <windows.h>

#include <string>

#include "dynamic_library.h"

namespace rtkconf::detail {

void *open_library(const std::filesystem::path &path, std::string &error) {
    // The search path of the implementation's own dependencies includes
    // its folder, as it would for an application shipping it.
    HMODULE module = ::LoadLibraryExW(
        path.c_str(), nullptr, LOAD_LIBRARY_SEARCH_DLL_LOAD_DIR | LOAD_LIBRARY_SEARCH_DEFAULT_DIRS);
    if (module == nullptr) {
        error = "LoadLibrary failed, error " + std::to_string(::GetLastError());
    }
    return reinterpret_cast<void *>(module);
}

void *find_symbol(void *library, const char *name) {
    return reinterpret_cast<void *>(::GetProcAddress(static_cast<HMODULE>(library), name));
}

void close_library(void *library) {
    if (library != nullptr) ::FreeLibrary(static_cast<HMODULE>(library));
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

}  // namespace rtkconf::detail
