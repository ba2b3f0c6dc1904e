// Loads one plugin in this process: opens the library, checks the entry
// symbol and its ABI version, and lets it register its rules. Every
// failure is a value; a plugin that crashes here takes this process with
// it, which is why the runner first does this in a probe child.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "plugin_host.h"

namespace rtkconf::runner {

struct PluginStatus {
    std::filesystem::path path;
    std::string status = "loaded";  // loaded | load-error | abi-mismatch | register-error | crashed
    std::string name, family;
    int rules = 0;
    std::string message;
    // The tests it registered ("suite.name"): set by load_plugins_safely,
    // so that a test's process loads its own plugin only.
    std::vector<std::string> tests;
    bool ok() const { return status == "loaded"; }
};

PluginStatus load_plugin(const std::filesystem::path &path, PluginHost &host);

// The plugin libraries in `dir`, sorted by file name.
std::vector<std::filesystem::path> find_plugins(const std::filesystem::path &dir);

}  // namespace rtkconf::runner
