#include "plugin_loader.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <system_error>

#include "rtkconf/platform/dynamic_library.h"
#include "rtkconf/plugin_build.h"

namespace rtkconf::runner {

PluginStatus load_plugin(const std::filesystem::path &path, PluginHost &host) {
    PluginStatus st;
    st.path = path;
    const platform::LibraryOpen lib = platform::open_library(path);
    if (!lib.handle) {
        st.status = "load-error";
        st.message = lib.error;
        return st;
    }
    const auto *entry = static_cast<const rtkconf_plugin_entry_t *>(
        platform::find_symbol(lib.handle, RTKCONF_PLUGIN_ENTRY_NAME));
    if (!entry) {
        st.status = "load-error";
        st.message = "no exported symbol " RTKCONF_PLUGIN_ENTRY_NAME;
        return st;
    }
    if (entry->abi_version != RTKCONF_PLUGIN_ABI_VERSION) {
        st.status = "abi-mismatch";
        st.message = "plugin ABI version " + std::to_string(entry->abi_version) +
                     ", this rtkconf speaks version " + std::to_string(RTKCONF_PLUGIN_ABI_VERSION);
        return st;
    }
    // The fields of this version end with register_rules; a shorter entry
    // was not built from this header.
    constexpr std::size_t kEntrySize = offsetof(rtkconf_plugin_entry_t, register_rules) +
                                       sizeof(rtkconf_plugin_entry_t::register_rules);
    if (entry->struct_size < kEntrySize) {
        st.status = "load-error";
        st.message = "the entry is " + std::to_string(entry->struct_size) + " bytes, ABI version " +
                     std::to_string(RTKCONF_PLUGIN_ABI_VERSION) + " needs " +
                     std::to_string(kEntrySize);
        return st;
    }
    // Its tests join this process's GoogleTest registry: only a plugin
    // compiled against this very build may load (plugin_abi.h).
    const char *build = entry->build ? entry->build : "";
    if (std::strcmp(build, RTKCONF_PLUGIN_BUILD) != 0) {
        st.status = "abi-mismatch";
        st.message = std::string("the plugin was compiled against \"") + build +
                     "\", this rtkconf was built as \"" RTKCONF_PLUGIN_BUILD
                     "\": rebuild the plugin against this rtkconf (in its tree, or with "
                     "find_package(RtkConf) from where it is installed)";
        return st;
    }
    st.name = entry->name ? entry->name : "";
    st.family = entry->family ? entry->family : "";
    if (st.name.empty() || st.family.empty() || !entry->register_rules) {
        st.status = "load-error";
        st.message = "the entry lacks a name, family or register_rules";
        return st;
    }
    host.begin_plugin(st.name, st.family);
    const int32_t rc = entry->register_rules(host.c_host());
    const std::vector<std::string> refusals = host.end_plugin(&st.rules);
    if (rc != 0 || !refusals.empty()) {
        st.status = "register-error";
        st.message = "register_rules returned " + std::to_string(rc);
        for (const std::string &r : refusals) st.message += "; " + r;
    }
    return st;
}

std::vector<std::filesystem::path> find_plugins(const std::filesystem::path &dir) {
    std::vector<std::filesystem::path> found;
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator(dir, ec)) {
        if (entry.is_regular_file(ec) && entry.path().extension() == platform::library_suffix())
            found.push_back(entry.path());
    }
    std::sort(found.begin(), found.end());
    return found;
}

}  // namespace rtkconf::runner
