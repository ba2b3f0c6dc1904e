#include "rtkconf/plugin/context.h"

#include <algorithm>
#include <atomic>
#include <utility>
#include <vector>
#include <stdexcept>
#include <string>

namespace rtkconf::plugin {
namespace {

std::atomic<const rtkconf_host_t *> g_host{nullptr};
// RTKCONF_FLAVOURS of the running test (one test per process): empty, all.
std::vector<Flavour> g_allowed;

// The runner's roles; a host that predates them gives one rtk role.
std::vector<PeerRole> roles_of(const rtkconf_host_t *h, const std::filesystem::path &iut,
                               const std::string &transport) {
    const char *text = h->setting ? h->setting(h, "roles") : nullptr;
    if (text == nullptr) return {PeerRole{"peer", iut, Flavour::rtk, transport}};
    std::string error;
    auto roles = roles_from_json(nlohmann::ordered_json::parse(text), {}, error);
    if (!roles) throw std::runtime_error("rtkconf host's roles: " + error);
    return *roles;
}

bool allowed(Flavour flavour) {
    return g_allowed.empty() ||
           std::find(g_allowed.begin(), g_allowed.end(), flavour) != g_allowed.end();
}

std::string required_setting(const rtkconf_host_t *h, const char *key) {
    const char *value = h->setting ? h->setting(h, key) : nullptr;
    if (!value) throw std::runtime_error(std::string("rtkconf host has no setting '") + key + "'");
    return value;
}

}  // namespace

void install_host(const rtkconf_host_t *h) {
    g_host.store(h);
}

const rtkconf_host_t *host() {
    return g_host.load();
}

RunContext run_context() {
    const rtkconf_host_t *h = host();
    if (!h) throw std::runtime_error("plugin not loaded by rtkconf: no run context");
    RunContext ctx;
    ctx.iut_path = required_setting(h, "iut_path");
    ctx.peer_path = required_setting(h, "peer_path");
    ctx.step_timeout =
        std::chrono::milliseconds(std::stoll(required_setting(h, "step_timeout_ms")));
    ctx.name_prefix = required_setting(h, "name_prefix");
    // Optional: a host that predates safe mode never asks for it.
    const char *safe = h->setting ? h->setting(h, "safe") : nullptr;
    ctx.safe = safe && std::string(safe) == "1";
    const char *heavy = h->setting ? h->setting(h, "heavy") : nullptr;
    ctx.heavy = heavy && std::string(heavy) == "1";
    const char *transport = h->setting ? h->setting(h, "transport") : nullptr;
    if (transport && *transport) ctx.transport = transport;
    for (PeerRole &role : roles_of(h, ctx.iut_path, ctx.transport))
        if (allowed(role.flavour)) ctx.roles.push_back(std::move(role));
    return ctx;
}

bool restrict_flavours(const char *flavours) {
    std::string bad;
    const auto list = flavours_from_list(flavours, &bad);
    if (!list) throw std::runtime_error("RTKCONF_FLAVOURS: unknown flavour '" + bad + "'");
    const std::vector<Flavour> before = std::exchange(g_allowed, *list);
    if (!run_context().roles.empty()) return true;
    g_allowed = before;
    return false;
}

}  // namespace rtkconf::plugin
