// The rules of the `capacity` family: many objects at once.
#include "rtkconf/plugin/define_plugin.h"

namespace {

using rtkconf::plugin::rule;

constexpr const char *kFamily = "capacity";
constexpr const char *kManyObjects =
    "CONFORMANCE.md D11: \"1,000 live named objects, in one process or spread over several, "
    "are created, stay distinct with unique handles, and are all destroyed at their last "
    "close.\" (the pages name no limit; STATUS_INSUFFICIENT_RESOURCES exists for a real one)";

constexpr const char *kLockRefused =
    "CONFORMANCE.md D9: \"When the memory cannot be locked (RLIMIT_MEMLOCK, working-set "
    "quota) or backed, the call fails with STATUS_INSUFFICIENT_RESOURCES and no object is left "
    "behind; a SIGBUS later is never acceptable.\"";

const rtkconf_rule_info_t kRules[] = {
    rule("SHM-CAP-001", kFamily, RTKCONF_LEVEL_SHOULD,
         "1,000 named objects live at once in one process: all created, handles unique, each its "
         "own memory, all destroyed at the end",
         kManyObjects),
    rule("SHM-CAP-002", kFamily, RTKCONF_LEVEL_SHOULD,
         "1,000 named objects live at once across 4 processes: all created, handles unique in "
         "each process, each its own memory, shared by name, all destroyed at the end",
         kManyObjects),
    rule("SHM-CAP-003", kFamily, RTKCONF_LEVEL_SHOULD,
         "A 64 MiB object is created, every byte usable by its creator and an opener, who sees "
         "what the creator wrote",
         "CONFORMANCE.md D12: \"Any size up to 64 MiB that the machine can lock is created "
         "whole.\" (spec/RtkCreateSharedMemory.md: \"creates a region of physical memory that any "
         "process or driver can map\"; the page names no limit)"),
    rule("SHM-CAP-004", kFamily, RTKCONF_LEVEL_SHOULD,
         "A request larger than the process may lock (64 MiB; 0xFFFFFFFF with --heavy) fails: "
         "no output, no object, and the process goes on creating and using objects",
         kLockRefused),
    rule("SHM-CAP-005", kFamily, RTKCONF_LEVEL_SHOULD,
         "A request larger than the process may lock returns STATUS_INSUFFICIENT_RESOURCES",
         kLockRefused),
    rule("SHM-CAP-006", kFamily, RTKCONF_LEVEL_MUST,
         "Objects created and destroyed one after another, totalling several times what the "
         "process may lock (with --heavy: 64 GiB), are all created: memory is returned at the "
         "last close",
         "spec/RtkCreateSharedMemory.md, Remarks: \"When all handles to the shared memory object "
         "representing the physical memory are closed, the object is destroyed, and physical "
         "memory is returned to the system.\""),
};

}  // namespace

RTKCONF_DEFINE_PLUGIN("rtkconf-plugin-capacity", "capacity", kRules)
