// The rules of the `instances` family: which RtssInst values the calls
// accept.
#include "rtkconf/plugin/define_plugin.h"

namespace {

using rtkconf::plugin::rule;

constexpr const char *kFamily = "instances";
constexpr const char *kFromAttach =
    "spec/RtkCreateSharedMemory.md, RtssInst: \"An RTSSINST value returned from a call to "
    "RtkRtssAttach or RtkRtssAttachEx.\"";
constexpr const char *kMaxWfso =
    "spec/rtk-api-notes.md, RtkRtssAttach / AttachEx: \"must be at least 1; on success "
    "`*RtssInstPtr` is non-zero, on failure 0.\"";
constexpr const char *kDetached =
    "CONFORMANCE.md D6: \"then invalidates the instance: later calls with it fail with "
    "STATUS_INVALID_PARAMETER.\" (a detached value was returned by attach, so the seed page's "
    "RtssInst sentence does not settle it)";
constexpr const char *kForeign =
    "CONFORMANCE.md D6: \"Each attach is its own instance\"; D1: \"RtssInst not from attach "
    "(never issued, detached, another process's)\" is STATUS_INVALID_PARAMETER (no page says "
    "whether an instance is per process)";

const rtkconf_rule_info_t kRules[] = {
    rule("SHM-INST-001", kFamily, RTKCONF_LEVEL_MUST,
         "An instance from RtkRtssAttachEx works as one from RtkRtssAttach: create, open from "
         "another process, shared contents, last close destroys; MaxWFSO 0 refused alike",
         kFromAttach, "RtkRtssAttachEx"),
    rule("SHM-INST-002", kFamily, RTKCONF_LEVEL_SHOULD,
         "A detached instance is refused by create, open and close: no output, no object, the "
         "object of the refused close untouched",
         kDetached),
    rule("SHM-INST-003", kFamily, RTKCONF_LEVEL_SHOULD,
         "A detached instance returns STATUS_INVALID_PARAMETER", kDetached),
    rule("SHM-INST-004", kFamily, RTKCONF_LEVEL_SHOULD,
         "Another process's instance value is refused by create and open, and that process's "
         "instance keeps working",
         kForeign),
    rule("SHM-INST-005", kFamily, RTKCONF_LEVEL_MUST,
         "RtkRtssAttach with MaxWFSO 0 fails and writes 0 as the instance", kMaxWfso),
    rule("SHM-INST-006", kFamily, RTKCONF_LEVEL_SHOULD,
         "RtkRtssAttach with MaxWFSO 0 returns STATUS_INVALID_PARAMETER",
         "CONFORMANCE.md, Attach: \"`MaxWFSO == 0` or a `NULL` `RtssInstPtr`: "
         "`STATUS_INVALID_PARAMETER`\" "
         "(spec/rtk-api-notes.md lists three failures of attach without tying one to MaxWFSO)"),
};

}  // namespace

RTKCONF_DEFINE_PLUGIN("rtkconf-plugin-instances", "instances", kRules)
