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

}  // namespace rtkconf::detail
