// What a run tests: the roles its peers take (rtkconf/role.h). From
// `--impl PATH [--flavour F]`, one role every peer takes; from `--target
// FILE`, the file's roles, e.g. a driver through rtk and an application
// through rtapi (README, "Mixed targets"):
//
//   {"label": "reference: driver and application",
//    "roles": {"driver":      {"library": "../build/lib/librtkref.so", "flavour": "rtk"},
//              "application": {"library": "../build/lib/librtkref.so", "flavour": "rtapi"}}}
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "rtkconf/role.h"

namespace rtkconf::runner {

struct Target {
    std::string label;            // the matrix column: "librtkref.so (rtapi)"
    std::filesystem::path file;   // the --target file; empty for --impl
    std::vector<PeerRole> roles;  // never empty
};

// One role, "peer"; `impl` is empty for the agent-device transport.
Target target_of_impl(const std::filesystem::path &impl, Flavour flavour,
                      const std::string &transport = kProcessTransport);

// nullopt and `error` when the file cannot be read, is not the format
// above, or names a transport this build does not know.
std::optional<Target> load_target(const std::filesystem::path &file, std::string &error);

// "driver: librtkref.so (rtk) + application: librtkref.so (rtapi)".
std::string default_label(const std::vector<PeerRole> &roles);

}  // namespace rtkconf::runner
