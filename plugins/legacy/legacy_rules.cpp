// The rules of the `legacy` family: the error code the older Rtk shape
// writes through pErrorCode.
#include "rtkconf/plugin/define_plugin.h"

namespace {

using namespace rtkconf::plugin;  // rule_for

constexpr const char *kFamily = "legacy";
constexpr const char *kLegacy = "rtk-legacy";

const rtkconf_rule_info_t kRules[] = {
    rule_for(kLegacy, "SHM-LEGACY-001", kFamily, RTKCONF_LEVEL_MUST,
             "A NULL pErrorCode is accepted: create, open and close work without one, and a "
             "failing call still fails",
             "spec/rtk-api-notes.md, The same object model behind other API flavours: \"writes an error code through "
             "`pErrorCode` when it is not NULL\""),
    rule_for(kLegacy, "SHM-LEGACY-002", kFamily, RTKCONF_LEVEL_MUST,
             "A failed create, open or close writes an error code (not 0) through pErrorCode",
             "spec/rtk-api-notes.md, The same object model behind other API flavours: \"returns the handle (NULL on failure) and "
             "writes an error code through `pErrorCode` when it is not NULL\""),
    rule_for(kLegacy, "SHM-LEGACY-003", kFamily, RTKCONF_LEVEL_SHOULD,
             "A successful create, open or close writes 0 through pErrorCode",
             "CONFORMANCE.md D14: \"A call that succeeded writes 0 through pErrorCode.\" "
             "(spec/rtk-api-notes.md names the code of a failure only)"),
};

}  // namespace

RTKCONF_DEFINE_PLUGIN("rtkconf-plugin-legacy", "legacy", kRules)
