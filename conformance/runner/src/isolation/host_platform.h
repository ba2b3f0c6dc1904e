// What the runner needs to know about the machine it runs on: where it
// is, where its peer and plugins are, and what to call the platform.
#pragma once

#include <filesystem>
#include <string>

namespace rtkconf::runner {

// This executable (re-run for test children and plugin probes).
std::filesystem::path self_executable();

// rtkconf-peer, next to rtkconf.
std::filesystem::path peer_executable(const std::filesystem::path &self);

// <bin>/../lib/rtkconf-plugins, or where an installed tree keeps them
// (Windows: <bin>/rtkconf-plugins).
std::filesystem::path default_plugin_dir(const std::filesystem::path &self);

// "linux-x86_64", "windows-x86_64", "windows-x86_64-wine".
std::string platform_name();

// This process's id, for the run's unique name prefix.
unsigned long current_process_id();

}  // namespace rtkconf::runner
