// The rules of the `handles` family: RtkCloseHandle on handles that are
// not (or no longer) the caller's.
#include "rtkconf/plugin/define_plugin.h"

namespace {

using rtkconf::plugin::rule;

constexpr const char *kFamily = "handles";

const rtkconf_rule_info_t kRules[] = {
    rule("SHM-HANDLE-001", kFamily, RTKCONF_LEVEL_MUST,
         "A second RtkCloseHandle of the same handle fails",
         "RtkCloseHandle (sibling page): closing invalidates the handle; STATUS_UNSUCCESSFUL when "
         "the handle was already invalidated"),
    rule("SHM-HANDLE-002", kFamily, RTKCONF_LEVEL_SHOULD,
         "A second RtkCloseHandle of the same handle returns STATUS_UNSUCCESSFUL",
         "RtkCloseHandle (sibling page): STATUS_UNSUCCESSFUL when the handle was already "
         "invalidated"),
    rule("SHM-HANDLE-003", kFamily, RTKCONF_LEVEL_MUST,
         "RtkCloseHandle of a value never issued fails",
         "RtkCloseHandle (sibling page): closes mutex, semaphore, shared-memory and event "
         "handles; documented failures STATUS_UNSUCCESSFUL, STATUS_INVALID_PARAMETER"),
    rule("SHM-HANDLE-004", kFamily, RTKCONF_LEVEL_SHOULD,
         "RtkCloseHandle of a value never issued returns STATUS_INVALID_HANDLE",
         "CONFORMANCE.md, Handles and close: any other value this instance never issued: "
         "STATUS_INVALID_HANDLE"),
    rule("SHM-HANDLE-005", kFamily, RTKCONF_LEVEL_MUST,
         "Another process's handle value is refused, and the owner's object is unaffected",
         "RtkCreateSharedMemory, Remarks: \"When all handles to the shared memory object "
         "representing the physical memory are closed, the object is destroyed, and physical "
         "memory is returned to the system.\""),
    rule("SHM-HANDLE-006", kFamily, RTKCONF_LEVEL_SHOULD,
         "Another process's handle value returns STATUS_INVALID_HANDLE",
         "CONFORMANCE.md, Handles and close: another process's or another instance's handle: "
         "STATUS_INVALID_HANDLE"),
    rule("SHM-HANDLE-007", kFamily, RTKCONF_LEVEL_MUST, "RtkCloseHandle of a NULL handle fails",
         "RtkCloseHandle (sibling page): documented failures STATUS_UNSUCCESSFUL, "
         "STATUS_INVALID_PARAMETER"),
    rule("SHM-HANDLE-008", kFamily, RTKCONF_LEVEL_SHOULD,
         "RtkCloseHandle of a NULL handle returns STATUS_INVALID_PARAMETER",
         "CONFORMANCE.md, Handles and close: a NULL handle: STATUS_INVALID_PARAMETER"),
    rule("SHM-HANDLE-009", kFamily, RTKCONF_LEVEL_INFO,
         "Handle values issued for two opens of one object (observed)",
         "RtkCreateSharedMemory, SharedMemoryHandle: \"A pointer to a handle that will receive a "
         "handle to the newly created shared memory object.\" (the value's form is not specified)"),
};

}  // namespace

RTKCONF_DEFINE_PLUGIN("rtkconf-plugin-handles", "handles", kRules)
