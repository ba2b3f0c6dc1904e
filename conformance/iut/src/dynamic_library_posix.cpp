#include <dlfcn.h>

#include "dynamic_library.h"

namespace rtkconf::detail {

void *open_library(const std::filesystem::path &path, std::string &error) {
    // RTLD_LOCAL: two implementations loaded side by side must not resolve
    // each other's symbols.
    void *handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
        const char *why = ::dlerror();
        error = why != nullptr ? why : "dlopen failed";
    }
    return handle;
}

void *find_symbol(void *library, const char *name) {
    return ::dlsym(library, name);
}

void close_library(void *library) {
    if (library != nullptr) ::dlclose(library);
}

// No thread last error here: a user-mode implementation exports its own.
LastErrorCalls system_last_error() {
    return {};
}

}  // namespace rtkconf::detail
