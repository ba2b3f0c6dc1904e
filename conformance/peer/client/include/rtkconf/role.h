// The roles of a target: which library each kind of peer loads and which
// of its APIs (flavour) that peer calls. `rtkconf run --impl PATH
// [--flavour F]` is one role, "peer"; a target file (--target) names
// several, e.g. a "driver" through rtk and an "application" through rtapi.
// The runner hands the roles to the tests in this JSON form.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "rtkconf/flavour.h"
#include "rtkconf/peer.h"

namespace rtkconf {

struct PeerRole {
    std::string name = "peer";
    std::filesystem::path library;  // absolute
    Flavour flavour = Flavour::rtk;
    // How a peer reaches the library (PeerOptions::transport): "process"
    // loads it into an rtkconf-peer; "agent-loopback" and "agent-device"
    // send each step to an agent that makes the Rtk calls.
    std::string transport = kProcessTransport;
};

// {"driver": {"library": "...", "flavour": "rtk", "transport": "process"}, ...}
// in the roles' order. Relative library paths are taken from `base_dir`;
// "$VAR" and "${VAR}" in them from the environment. nullopt and `error`
// on anything else: an unknown field, flavour or empty role list.
std::optional<std::vector<PeerRole>> roles_from_json(const nlohmann::ordered_json &roles,
                                                     const std::filesystem::path &base_dir,
                                                     std::string &error);
nlohmann::ordered_json roles_to_json(const std::vector<PeerRole> &roles);

// The distinct flavours of `roles`, in their order.
std::vector<Flavour> flavours_of(const std::vector<PeerRole> &roles);

}  // namespace rtkconf
