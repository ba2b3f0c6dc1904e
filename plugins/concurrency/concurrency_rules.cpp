// The rules of the `concurrency` family: calls from several processes at
// the same time.
#include "rtkconf/plugin/define_plugin.h"

namespace {

using rtkconf::plugin::rule;

constexpr const char *kFamily = "concurrency";

const rtkconf_rule_info_t kRules[] = {
    rule("SHM-CONC-001", kFamily, RTKCONF_LEVEL_MUST,
         "Processes racing to create one name all succeed and share one object",
         "spec/RtkCreateSharedMemory.md, Name: \"If Name matches the name of an existing named "
         "shared "
         "memory object, the function requests access to the shared memory object with the "
         "protection specified by Protect.\""),
    rule("SHM-CONC-002", kFamily, RTKCONF_LEVEL_MUST,
         "Processes racing open and close while one holds the object never break it, and leave "
         "no reference behind",
         "spec/RtkCreateSharedMemory.md, Remarks: \"When all handles to the shared memory object "
         "representing the physical memory are closed, the object is destroyed, and physical "
         "memory is returned to the system.\""),
    rule("SHM-CONC-003", kFamily, RTKCONF_LEVEL_MUST,
         "After processes raced to create one name, the object survives every close but the "
         "last, whoever won the race",
         "spec/RtkCreateSharedMemory.md, Remarks: \"When all handles to the shared memory object "
         "representing the physical memory are closed, the object is destroyed, and physical "
         "memory is returned to the system.\""),
    rule(
        "SHM-CONC-004", kFamily, RTKCONF_LEVEL_MUST,
        "Shared memory and a mutex created on one name at the same moment: exactly one kind "
        "wins, and the name then opens as that kind",
        "spec/RtkCreateSharedMemory.md, Name: \"If Name matches the name of another kind of object "
        "in the same namespace (such as an existing mutex or event), the function fails and the "
        "function returns STATUS_INVALID_HANDLE. This occurs because these objects share the "
        "same namespace.\"",
        "RtkCreateMutex"),
};

}  // namespace

RTKCONF_DEFINE_PLUGIN("rtkconf-plugin-concurrency", "concurrency", kRules)
