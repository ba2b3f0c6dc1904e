#include "plugin_loader.h"

#include <algorithm>
#include <system_error>

#include "rtkconf/platform/dynamic_library.h"

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
