// The rules of the `unmap` family: RtkUnMapSharedMemory, alone and
// before RtkCloseHandle.
#include "rtkconf/plugin/define_plugin.h"

namespace {

using rtkconf::plugin::rule;

constexpr const char *kFamily = "unmap";
constexpr const char *kUnmap = "RtkUnMapSharedMemory";
constexpr const char *kUnmapThenClose =
    "spec/rtk-api-notes.md, RtkOpenSharedMemory: \"Remarks: unmap with RtkUnMapSharedMemory, then "
    "RtkCloseHandle; the system closes a process's handles when it terminates; the object is "
    "destroyed when its last handle is closed.\"";
constexpr const char *kNoView =
    "CONFORMANCE.md D5: \"An address that is no view mapped by this instance (one unmapped "
    "before, or one inside a view but not its start) is refused with STATUS_INVALID_PARAMETER "
    "and unmaps nothing.\" (the pages name no failure of RtkUnMapSharedMemory)";

const rtkconf_rule_info_t kRules[] = {
    rule("SHM-UNMAP-001", kFamily, RTKCONF_LEVEL_MUST,
         "Unmapping every view, then closing every handle, destroys the object (one view, and "
         "two views in one process)",
         kUnmapThenClose, kUnmap),
    rule("SHM-UNMAP-002", kFamily, RTKCONF_LEVEL_MUST,
         "After an unmap the handle still holds the object: other processes open it, the same "
         "process maps it again by opening it, and the handle then closes",
         kUnmapThenClose, kUnmap),
    rule("SHM-UNMAP-003", kFamily, RTKCONF_LEVEL_SHOULD,
         "A second unmap of the same Location fails and leaves the object intact", kNoView, kUnmap),
    rule("SHM-UNMAP-004", kFamily, RTKCONF_LEVEL_SHOULD,
         "An unmap of an address that is no view returns STATUS_INVALID_PARAMETER", kNoView,
         kUnmap),
    rule("SHM-UNMAP-005", kFamily, RTKCONF_LEVEL_SHOULD,
         "An unmap of an address inside a view but not its start fails and the view stays "
         "mapped and shared",
         kNoView, kUnmap),
};

}  // namespace

RTKCONF_DEFINE_PLUGIN("rtkconf-plugin-unmap", "unmap", kRules)
