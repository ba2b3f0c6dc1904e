// Defines a plugin's one exported symbol from a table of rules:
//
//   const rtkconf_rule_info_t kRules[] = {
//       rtkconf::plugin::rule("SHM-SIZE-001", "size", RTKCONF_LEVEL_MUST, "title", "sentence"),
//   };
//   RTKCONF_DEFINE_PLUGIN("rtkconf-plugin-size", "size", kRules)
//
// The tests themselves are ordinary TEST()s whose suite is the rule ID
// with underscores (TEST(SHM_SIZE_001, ...)); they register with the
// shared GoogleTest registry when the library is loaded. The entry names
// the build the plugin is compiled against (RTKCONF_PLUGIN_BUILD): rtkconf
// refuses a plugin compiled against another one (plugin_abi.h).
#pragma once

#include <cstddef>
#include <cstdint>

#include "rtkconf/plugin_abi.h"
#include "rtkconf/plugin_build.h"

namespace rtkconf::plugin {

constexpr rtkconf_rule_info_t rule(const char *id, const char *family, uint32_t level,
                                   const char *title, const char *source,
                                   const char *needs_exports = "") {
    return rtkconf_rule_info_t{
        sizeof(rtkconf_rule_info_t), id, family, level, title, source, needs_exports};
}

// Installs the host for the plugin's tests and registers every rule.
// Never throws (it runs behind the C ABI); non-zero when the host refused
// a rule or speaks another ABI version.
int32_t register_rules(const rtkconf_host_t *host, const rtkconf_rule_info_t *rules,
                       std::size_t count);

}  // namespace rtkconf::plugin

#define RTKCONF_DEFINE_PLUGIN(plugin_name, family_name, rule_table)                           \
    static int32_t rtkconf_plugin_register_rules(const rtkconf_host_t *host) {                \
        return ::rtkconf::plugin::register_rules(host, rule_table,                            \
                                                 sizeof(rule_table) / sizeof(rule_table[0])); \
    }                                                                                         \
    extern "C" RTKCONF_PLUGIN_EXPORT const rtkconf_plugin_entry_t rtkconf_plugin_entry;       \
    extern "C" RTKCONF_PLUGIN_EXPORT const rtkconf_plugin_entry_t rtkconf_plugin_entry = {    \
        RTKCONF_PLUGIN_ABI_VERSION, sizeof(rtkconf_plugin_entry_t), plugin_name, family_name, \
        RTKCONF_PLUGIN_BUILD,       &rtkconf_plugin_register_rules};
