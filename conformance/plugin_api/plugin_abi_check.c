/* Compiled as C so the plugin ABI header cannot drift into C++. */
#include "rtkconf/plugin_abi.h"

#include <stddef.h>

_Static_assert(sizeof(uint32_t) == 4, "fixed-width ABI");
_Static_assert(RTKCONF_PLUGIN_ABI_VERSION == 2u, "bump deliberately, with a new struct revision");
_Static_assert(offsetof(rtkconf_host_t, struct_size) == 0,
               "struct_size leads, so any host can be measured");
