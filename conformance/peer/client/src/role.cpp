#include "rtkconf/role.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace rtkconf {
namespace {

// "$HOME/x" or "${BUILD}/lib": a target file written once serves every
// checkout. An unset variable is an error, not an empty string.
std::optional<std::string> expand(const std::string &text, std::string &error) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '$') {
            out += text[i];
            continue;
        }
        std::size_t start = i + 1, end;
        if (start < text.size() && text[start] == '{') {
            end = text.find('}', start);
            if (end == std::string::npos) {
                error = "unclosed ${ in '" + text + "'";
                return std::nullopt;
            }
            ++start;
        } else {
            end = start;
            while (end < text.size() &&
                   (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_'))
                ++end;
        }
        const std::string variable = text.substr(start, end - start);
        const char *value = variable.empty() ? nullptr : std::getenv(variable.c_str());
        if (value == nullptr) {
            error = "'" + text + "' names $" + variable + ", which is not set";
            return std::nullopt;
        }
        out += value;
        i = end < text.size() && text[end] == '}' ? end : end - 1;
    }
    return out;
}

}  // namespace

std::optional<std::vector<PeerRole>> roles_from_json(const nlohmann::ordered_json &roles,
                                                     const std::filesystem::path &base_dir,
                                                     std::string &error) {
    if (!roles.is_object() || roles.empty()) {
        error = "\"roles\" must be an object naming at least one role";
        return std::nullopt;
    }
    std::vector<PeerRole> out;
    for (const auto &[name, value] : roles.items()) {
        const std::string where = "role \"" + name + "\"";
        if (!value.is_object()) {
            error = where + " must be an object";
            return std::nullopt;
        }
        PeerRole role;
        role.name = name;
        for (const auto &[key, field] : value.items()) {
            if (key != "library" && key != "flavour" && key != "transport") {
                error = where + " has an unknown field \"" + key +
                        "\" (known: library, flavour, transport)";
                return std::nullopt;
            }
            if (!field.is_string()) {
                error = where + ": \"" + key + "\" must be a string";
                return std::nullopt;
            }
        }
        if (value.contains("transport")) role.transport = value["transport"].get<std::string>();
        // The driver of the agent-device transport carries its implementation.
        if (!value.contains("library") && role.transport != kAgentDeviceTransport) {
            error = where + " names no \"library\"";
            return std::nullopt;
        }
        if (value.contains("library")) {
            const auto library = expand(value["library"].get<std::string>(), error);
            if (!library) {
                error = where + ": " + error;
                return std::nullopt;
            }
            role.library = std::filesystem::path(*library);
            if (!role.library.empty() && role.library.is_relative())
                role.library = base_dir / role.library;
            role.library = role.library.lexically_normal();
        }
        if (value.contains("flavour")) {
            const std::string text = value["flavour"].get<std::string>();
            const auto flavour = flavour_from_name(text);
            if (!flavour) {
                error = where + ": unknown flavour \"" + text + "\" (rtk, rtapi or rtk-legacy)";
                return std::nullopt;
            }
            role.flavour = *flavour;
        }
        out.push_back(std::move(role));
    }
    return out;
}

nlohmann::ordered_json roles_to_json(const std::vector<PeerRole> &roles) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const PeerRole &role : roles)
        out[role.name] = {{"library", role.library.string()},
                          {"flavour", flavour_name(role.flavour)},
                          {"transport", role.transport}};
    return out;
}

std::vector<Flavour> flavours_of(const std::vector<PeerRole> &roles) {
    std::vector<Flavour> out;
    for (const PeerRole &role : roles)
        if (std::find(out.begin(), out.end(), role.flavour) == out.end())
            out.push_back(role.flavour);
    return out;
}

}  // namespace rtkconf
