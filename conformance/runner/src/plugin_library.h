// A plugin shared library, opened by path. Plugins are never unloaded:
// their TEST()s live in GoogleTest's registry for the rest of the process.
#pragma once

#include <filesystem>
#include <string>

namespace rtkconf::runner {

struct PluginLibraryOpen {
    void *handle = nullptr;  // null on failure
    std::string error;       // the loader's message on failure
};

PluginLibraryOpen open_plugin_library(const std::filesystem::path &path);
void *find_plugin_symbol(void *handle, const char *name);

// The file name suffix of shared libraries on this platform (".so", ".dll").
const char *plugin_library_suffix();

}  // namespace rtkconf::runner
