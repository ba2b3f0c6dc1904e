#include "target.h"

#include <fstream>

namespace rtkconf::runner {
namespace {

// "librtkref.so (rtapi)"; an agent's transport is said too.
std::string role_text(const PeerRole &role) {
    if (role.transport == kAgentDeviceTransport)
        return std::string("RtkConfAgent driver (") + flavour_name(role.flavour) + ")";
    std::string text = role.library.filename().string() + " (" + flavour_name(role.flavour);
    if (role.transport != kProcessTransport) text += ", " + role.transport;
    return text + ")";
}

}  // namespace

std::string default_label(const std::vector<PeerRole> &roles) {
    if (roles.size() == 1) return role_text(roles.front());
    std::string label;
    for (const PeerRole &role : roles)
        label += (label.empty() ? "" : " + ") + role.name + ": " + role_text(role);
    return label;
}

Target target_of_impl(const std::filesystem::path &impl, Flavour flavour,
                      const std::string &transport) {
    Target target;
    target.roles.push_back(PeerRole{
        "peer", impl.empty() ? impl : std::filesystem::absolute(impl), flavour, transport});
    target.label = default_label(target.roles);
    return target;
}

std::optional<Target> load_target(const std::filesystem::path &file, std::string &error) {
    std::ifstream in(file);
    if (!in) {
        error = "cannot read " + file.string();
        return std::nullopt;
    }
    nlohmann::ordered_json document;
    try {
        document = nlohmann::ordered_json::parse(in);
    } catch (const nlohmann::json::exception &e) {
        error = file.string() + " is not JSON: " + e.what();
        return std::nullopt;
    }
    if (!document.is_object()) {
        error = file.string() + ": expected an object with \"roles\"";
        return std::nullopt;
    }
    for (const auto &[key, value] : document.items()) {
        if (key != "label" && key != "roles" && key != "description") {
            error = file.string() + ": unknown field \"" + key +
                    "\" (known: label, description, roles)";
            return std::nullopt;
        }
    }
    Target target;
    target.file = std::filesystem::absolute(file);
    const auto roles = roles_from_json(document.value("roles", nlohmann::ordered_json()),
                                       target.file.parent_path(), error);
    if (!roles) {
        error = file.string() + ": " + error;
        return std::nullopt;
    }
    for (const PeerRole &role : *roles) {
        if (!transport_is_known(role.transport)) {
            error = file.string() + ": role \"" + role.name + "\" asks for transport \"" +
                    role.transport + "\", which this build does not know (known: " +
                    kProcessTransport + ", " + kAgentLoopbackTransport + ", " +
                    kAgentDeviceTransport + ")";
            return std::nullopt;
        }
    }
    target.roles = *roles;
    const auto label = document.find("label");
    target.label = label != document.end() && label->is_string() ? label->get<std::string>()
                                                                 : default_label(target.roles);
    return target;
}

}  // namespace rtkconf::runner
