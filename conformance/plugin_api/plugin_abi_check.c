/* Compiled as C so the plugin ABI header cannot drift into C++. */
#include "rtkconf/plugin_abi.h"

_Static_assert(sizeof(uint32_t) == 4, "fixed-width ABI");
_Static_assert(RTKCONF_PLUGIN_ABI_VERSION == 1u, "bump deliberately, with a new struct revision");
