#include <dlfcn.h>

#include "plugin_library.h"

namespace rtkconf::runner {

PluginLibraryOpen open_plugin_library(const std::filesystem::path &path) {
    // RTLD_LOCAL: plugins never see each other's symbols (the version
    // script already hides all but the entry point).
    void *handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle) return {handle, {}};
    const char *error = ::dlerror();
    return {nullptr, error ? error : "dlopen failed"};
}

void *find_plugin_symbol(void *handle, const char *name) {
    return ::dlsym(handle, name);
}

const char *plugin_library_suffix() {
    return ".so";
}

}  // namespace rtkconf::runner
