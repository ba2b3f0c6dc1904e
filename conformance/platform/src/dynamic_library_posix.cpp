#include <dlfcn.h>

#include "rtkconf/platform/dynamic_library.h"

namespace rtkconf::platform {

LibraryOpen open_library(const std::filesystem::path &path) {
    void *handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle != nullptr) return {handle, {}};
    const char *why = ::dlerror();
    return {nullptr, why != nullptr ? why : "dlopen failed"};
}

void *find_symbol(void *library, const char *name) {
    return ::dlsym(library, name);
}

void close_library(void *library) {
    if (library != nullptr) ::dlclose(library);
}

const char *library_suffix() {
    return ".so";
}

// No thread last error here: a user-mode implementation exports its own.
LastErrorCalls system_last_error() {
    return {};
}

}  // namespace rtkconf::platform
