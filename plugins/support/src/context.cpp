#include "rtkconf/plugin/context.h"

#include <atomic>
#include <stdexcept>
#include <string>

namespace rtkconf::plugin {
namespace {

std::atomic<const rtkconf_host_t *> g_host{nullptr};

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
    return ctx;
}

}  // namespace rtkconf::plugin
