#include <windows.h>

#include "plugin_library.h"

namespace rtkconf::runner {

PluginLibraryOpen open_plugin_library(const std::filesystem::path &path) {
    // No error dialog box for a broken DLL: the probe reports it instead.
    const UINT previous = ::SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOOPENFILEERRORBOX);
    HMODULE module = ::LoadLibraryW(path.c_str());
    const DWORD error = ::GetLastError();
    ::SetErrorMode(previous);
    if (module) return {reinterpret_cast<void *>(module), {}};
    return {nullptr, "LoadLibraryW failed with error " + std::to_string(error)};
}

void *find_plugin_symbol(void *handle, const char *name) {
    return reinterpret_cast<void *>(::GetProcAddress(static_cast<HMODULE>(handle), name));
}

const char *plugin_library_suffix() {
    return ".dll";
}

}  // namespace rtkconf::runner
