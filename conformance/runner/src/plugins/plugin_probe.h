// Loads plugins safely: each one is first loaded in a probe child
// (`rtkconf --probe-plugin PATH`), so a plugin that fails to load, speaks
// another ABI version or crashes while registering is reported and left
// out, and only the healthy ones are then loaded into this process.
#pragma once

#include <filesystem>
#include <vector>

#include "plugin_host.h"
#include "plugin_loader.h"

namespace rtkconf::runner {

// The probe child's side: load `plugin` and write its PluginStatus as
// JSON to `report`. Returns the process exit code.
int probe_plugin_main(const std::filesystem::path &plugin, const std::filesystem::path &report);

// The parent's side: probe `plugin` with `self` (this executable).
PluginStatus probe_plugin(const std::filesystem::path &self, const std::filesystem::path &plugin,
                          const std::filesystem::path &work_dir);

// Probes every plugin of `dir`, then loads the healthy ones through
// `host`. Returns the status of every plugin found.
std::vector<PluginStatus> load_plugins_safely(const std::filesystem::path &self,
                                              const std::filesystem::path &dir,
                                              const std::filesystem::path &work_dir,
                                              PluginHost &host);

}  // namespace rtkconf::runner
