// The rules of the `parameters` family: what RtkCreateSharedMemory does
// with arguments that are not the size or the name.
#include "rtkconf/plugin/define_plugin.h"

namespace {

using rtkconf::plugin::rule;

constexpr const char *kFamily = "parameters";

const rtkconf_rule_info_t kRules[] = {
    rule("SHM-PARAM-001", kFamily, RTKCONF_LEVEL_MUST,
         "A create with an RtssInst that did not come from attach fails, writes no output and "
         "creates no object",
         "spec/RtkCreateSharedMemory.md, RtssInst: \"An RTSSINST value returned from a call to "
         "RtkRtssAttach or RtkRtssAttachEx.\""),
    rule("SHM-PARAM-002", kFamily, RTKCONF_LEVEL_SHOULD,
         "A create with an RtssInst that did not come from attach returns "
         "STATUS_INVALID_PARAMETER",
         "spec/rtk-api-notes.md, RtkOpenSharedMemory: \"An invalid RtssInst or a NULL handle "
         "pointer "
         "fails with STATUS_INVALID_PARAMETER.\" (said of open; for create it is CONFORMANCE.md "
         "D1)"),
    rule("SHM-PARAM-003", kFamily, RTKCONF_LEVEL_MUST,
         "A NULL handle pointer fails with STATUS_INVALID_PARAMETER and creates no object",
         "spec/RtkCreateSharedMemory.md, SharedMemoryHandle: \"Pass a valid pointer to a handle or "
         "the "
         "call will fail with STATUS_INVALID_PARAMETER.\""),
    rule(
        "SHM-PARAM-004", kFamily, RTKCONF_LEVEL_SHOULD,
        "A NULL Location fails, writes no handle and creates no object",
        "CONFORMANCE.md D1: \"NULL Location\" is refused; spec/RtkCreateSharedMemory.md, Location: "
        "\"A pointer to a location where the virtual address of the shared memory will be "
        "stored.\" (the page names no check)"),
    rule("SHM-PARAM-005", kFamily, RTKCONF_LEVEL_SHOULD,
         "A NULL Location returns STATUS_INVALID_PARAMETER",
         "spec/RtkCreateSharedMemory.md, Location: \"A pointer to a location where the virtual "
         "address "
         "of "
         "the shared memory will be stored.\" (exact code: CONFORMANCE.md D1)"),
    rule("SHM-PARAM-006", kFamily, RTKCONF_LEVEL_MUST,
         "Protect is ignored: every value creates a read-write object other processes share",
         "spec/RtkCreateSharedMemory.md, Protect: \"Ignored. The protection desired for the shared "
         "memory view.\""),
    rule("SHM-PARAM-007", kFamily, RTKCONF_LEVEL_INFO, "The status a NULL Location gets (observed)",
         "spec/RtkCreateSharedMemory.md, Location: \"A pointer to a location where the virtual "
         "address "
         "of "
         "the shared memory will be stored.\" (the page names no code)"),
};

}  // namespace

RTKCONF_DEFINE_PLUGIN("rtkconf-plugin-parameters", "parameters", kRules)
