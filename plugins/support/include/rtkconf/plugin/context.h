// The run a plugin's tests execute in, as the runner configured it. The
// runner hands the settings over through the plugin ABI's host struct;
// this is the typed view of them. The profile is not here on purpose: it
// only decides which levels count, in the runner; a test checks one
// behaviour the same way in every profile.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "rtkconf/plugin_abi.h"

namespace rtkconf::plugin {

struct RunContext {
    std::filesystem::path iut_path;     // the implementation under test
    std::filesystem::path peer_path;    // rtkconf-peer
    std::string transport = "process";  // how peers reach iut_path (PeerOptions::transport)
    std::chrono::milliseconds step_timeout{10000};
    std::string name_prefix;  // unique per run: "rtkconf.<pid>.<random>."
    bool safe = false;        // rtkconf run --safe: hazardous probes are skipped
    bool heavy = false;       // rtkconf run --heavy: heavy rules run their full-size rows
    // Peers spawned from this context lower RLIMIT_MEMLOCK to this many
    // bytes (only where rtkconf::memlock_limit_supported()); set by a test
    // for a PeerGroup of its own, never by the runner.
    std::optional<uint64_t> memlock_limit;
};

// Remembers the host of this plugin (called from the plugin's
// register_rules; see RTKCONF_DEFINE_PLUGIN).
void install_host(const rtkconf_host_t *host);

// The installed host, or nullptr when the plugin runs outside rtkconf.
const rtkconf_host_t *host();

// Reads the settings; throws std::runtime_error (a test failure, caught by
// GoogleTest) when the plugin was not loaded by the runner.
RunContext run_context();

}  // namespace rtkconf::plugin
