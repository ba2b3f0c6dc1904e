// The rules of the `open` family: RtkOpenSharedMemory, the sibling call
// every user of a shared object needs.
#include "rtkconf/plugin/define_plugin.h"

namespace {

using rtkconf::plugin::rule;

constexpr const char *kFamily = "open";

const rtkconf_rule_info_t kRules[] = {
    rule("SHM-OPEN-001", kFamily, RTKCONF_LEVEL_SHOULD,
         "Open of a name no object holds fails and writes no output",
         "spec/rtk-api-notes.md, RtkOpenSharedMemory: \"opens an *existing* named object.\""),
    rule("SHM-OPEN-002", kFamily, RTKCONF_LEVEL_SHOULD,
         "Open of a name no object holds returns STATUS_OBJECT_NAME_NOT_FOUND",
         "CONFORMANCE.md D4: \"Fails with STATUS_OBJECT_NAME_NOT_FOUND.\""),
    rule("SHM-OPEN-003", kFamily, RTKCONF_LEVEL_SHOULD,
         "Open with a NULL handle pointer or an RtssInst not from attach returns "
         "STATUS_INVALID_PARAMETER",
         "spec/rtk-api-notes.md, RtkOpenSharedMemory: \"An invalid RtssInst or a NULL handle "
         "pointer "
         "fails with STATUS_INVALID_PARAMETER.\""),
    rule("SHM-OPEN-004", kFamily, RTKCONF_LEVEL_SHOULD,
         "Open applies the create's name rules: over 260 units or a backslash is refused",
         "spec/rtk-api-notes.md, RtkOpenSharedMemory: \"Same name rules as create (260 characters, "
         "no "
         "backslash, case-sensitive).\""),
    rule("SHM-OPEN-005", kFamily, RTKCONF_LEVEL_SHOULD,
         "An opener's view covers the creator's whole size",
         "spec/RtkCreateSharedMemory.md: \"Shared memory objects can be shared by name. For "
         "information "
         "on opening a shared memory object by name, see RtkOpenSharedMemory.\""),
    rule("SHM-OPEN-006", kFamily, RTKCONF_LEVEL_INFO,
         "Status of an open of a missing name (observed)",
         "spec/rtk-api-notes.md, RtkOpenSharedMemory: \"Documented failures: "
         "STATUS_INVALID_PARAMETER, "
         "STATUS_UNSUCCESSFUL, STATUS_INVALID_HANDLE, STATUS_NO_MEMORY, STATUS_NO_SUCH_DEVICE.\""),
};

}  // namespace

RTKCONF_DEFINE_PLUGIN("rtkconf-plugin-open", "open", kRules)
