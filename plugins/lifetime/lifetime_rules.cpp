// The rules of the `lifetime` family: when a shared memory object is
// destroyed, and when it must not be.
#include "rtkconf/plugin/define_plugin.h"

namespace {

using rtkconf::plugin::rule;

constexpr const char *kFamily = "lifetime";
constexpr const char *kDestroyed =
    "spec/RtkCreateSharedMemory.md, Remarks: \"When all handles to the shared memory object "
    "representing "
    "the physical memory are closed, the object is destroyed, and physical memory is returned to "
    "the system.\"";
constexpr const char *kTermination =
    "spec/rtk-api-notes.md, RtkOpenSharedMemory: \"the system closes a process's handles when it "
    "terminates; the object is destroyed when its last handle is closed.\" (that this is done "
    "by the very next open is our reading: a kernel may clean up asynchronously)";

const rtkconf_rule_info_t kRules[] = {
    rule("SHM-LIFE-001", kFamily, RTKCONF_LEVEL_MUST,
         "The object lives until its last handle closes, in any order across processes (each "
         "holder unmaps, then closes)",
         kDestroyed),
    rule("SHM-LIFE-002", kFamily, RTKCONF_LEVEL_SHOULD,
         "When the last holder is killed, the very next open from another process fails",
         kTermination),
    rule("SHM-LIFE-003", kFamily, RTKCONF_LEVEL_MUST,
         "When one of two holders is killed, the object survives with its contents", kDestroyed),
    rule("SHM-LIFE-004", kFamily, RTKCONF_LEVEL_MUST,
         "A create racing the last close yields one consistent object: the old one still "
         "shared, or a new one",
         kDestroyed),
    rule("SHM-LIFE-005", kFamily, RTKCONF_LEVEL_SHOULD,
         "RtkRtssDetach closes the handles of its instance: the last one destroys the object",
         "CONFORMANCE.md D6: \"Detach closes every handle opened under that instance (unmapping "
         "their views) exactly as process termination would, then invalidates the instance\""),
    rule("SHM-LIFE-006", kFamily, RTKCONF_LEVEL_SHOULD,
         "Closing the last handle destroys the object even while views are still mapped",
         "CONFORMANCE.md D5: \"The object is destroyed when its last handle is closed, whether or "
         "not views were unmapped first.\" (the pages describe unmap, then close)"),
};

}  // namespace

RTKCONF_DEFINE_PLUGIN("rtkconf-plugin-lifetime", "lifetime", kRules)
