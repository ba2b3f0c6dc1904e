// The one rule of a plugin built outside the project, against the
// installed RtkConf package.
#include "rtkconf/plugin/define_plugin.h"

namespace {
const rtkconf_rule_info_t kRules[] = {
    rtkconf::plugin::rule("SHM-CONSUMER-001", "consumer", RTKCONF_LEVEL_SHOULD,
                          "A second process opens by name what the first created, and reads "
                          "what it wrote",
                          "tests/install/consumer: a plugin built against the installed package"),
};
}  // namespace

RTKCONF_DEFINE_PLUGIN("rtkconf-plugin-consumer", "consumer", kRules)
