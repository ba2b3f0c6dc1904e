#include "rtkconf/plugin/define_plugin.h"

#include "rtkconf/plugin/context.h"

namespace rtkconf::plugin {

int32_t register_rules(const rtkconf_host_t *host, const rtkconf_rule_info_t *rules,
                       std::size_t count) {
    // The support library calls every host service up to record_fault: a
    // host too small to carry them all is refused, not read past its end.
    if (!host || host->struct_size < sizeof(rtkconf_host_t) ||
        host->abi_version != RTKCONF_PLUGIN_ABI_VERSION || !host->register_rule)
        return 1;
    install_host(host);
    int32_t refused = 0;
    for (std::size_t i = 0; i < count; ++i)
        if (host->register_rule(host, &rules[i]) != 0) ++refused;
    return refused;
}

}  // namespace rtkconf::plugin
