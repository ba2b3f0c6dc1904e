/* Compiled as C so the plugin ABI header cannot drift into C++. */
#include "rtkconf/plugin_abi.h"
#include "rtkconf/plugin_build.h"

#include <stddef.h>

_Static_assert(sizeof(uint32_t) == 4, "fixed-width ABI");
_Static_assert(RTKCONF_PLUGIN_ABI_VERSION == 3u, "bump deliberately, with a new struct revision");
_Static_assert(offsetof(rtkconf_host_t, struct_size) == 0,
               "struct_size leads, so any host can be measured");
_Static_assert(offsetof(rtkconf_plugin_entry_t, abi_version) == 0,
               "the version leads, so any plugin's entry can be read");
_Static_assert(offsetof(rtkconf_plugin_entry_t, struct_size) == sizeof(uint32_t),
               "the size follows the version, so any plugin's entry can be measured");
_Static_assert(sizeof RTKCONF_PLUGIN_BUILD > 1, "a plugin names the build it was compiled against");
