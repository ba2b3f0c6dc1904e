// The rules of the `handles` family: RtkCloseHandle on handles that are
// not (or no longer) the caller's.
#include "rtkconf/plugin/define_plugin.h"

namespace {

using rtkconf::plugin::rule;

constexpr const char *kFamily = "handles";

const rtkconf_rule_info_t kRules[] = {
    rule("SHM-HANDLE-001", kFamily, RTKCONF_LEVEL_MUST,
         "A second RtkCloseHandle of the same handle fails",
         "spec/rtk-api-notes.md, RtkCloseHandle: \"invalidates the handle, decrements the count, "
         "destroys the object at the last close. Documented failures: STATUS_UNSUCCESSFUL (the "
         "handle was already invalidated), STATUS_INVALID_PARAMETER.\""),
    rule("SHM-HANDLE-002", kFamily, RTKCONF_LEVEL_SHOULD,
         "A second RtkCloseHandle of the same handle returns STATUS_UNSUCCESSFUL",
         "spec/rtk-api-notes.md, RtkCloseHandle: \"Documented failures: STATUS_UNSUCCESSFUL (the "
         "handle "
         "was already invalidated), STATUS_INVALID_PARAMETER.\" (two codes listed: this one is "
         "the page's for this fault, a SHOULD)"),
    rule("SHM-HANDLE-003", kFamily, RTKCONF_LEVEL_SHOULD,
         "RtkCloseHandle of a value never issued fails",
         "CONFORMANCE.md, Handles and close: a value this instance never issued is refused "
         "(spec/rtk-api-notes.md, RtkCloseHandle, says what it closes, not what it refuses)"),
    rule("SHM-HANDLE-004", kFamily, RTKCONF_LEVEL_SHOULD,
         "RtkCloseHandle of a value never issued returns STATUS_INVALID_HANDLE",
         "CONFORMANCE.md, Handles and close: any other value this instance never issued: "
         "STATUS_INVALID_HANDLE"),
    rule("SHM-HANDLE-005", kFamily, RTKCONF_LEVEL_SHOULD,
         "Another process's handle value is refused, and the owner's object is unaffected",
         "CONFORMANCE.md D6: \"a handle is refused by another instance and by any other "
         "process\" (no page says whether handles are per process)"),
    rule("SHM-HANDLE-006", kFamily, RTKCONF_LEVEL_SHOULD,
         "Another process's handle value returns STATUS_INVALID_HANDLE",
         "CONFORMANCE.md, Handles and close: another process's or another instance's handle: "
         "STATUS_INVALID_HANDLE"),
    rule("SHM-HANDLE-007", kFamily, RTKCONF_LEVEL_SHOULD, "RtkCloseHandle of a NULL handle fails",
         "CONFORMANCE.md, Handles and close: a NULL handle is refused (spec/rtk-api-notes.md, "
         "RtkCloseHandle, lists STATUS_INVALID_PARAMETER among its failures without saying "
         "for what)"),
    rule("SHM-HANDLE-008", kFamily, RTKCONF_LEVEL_SHOULD,
         "RtkCloseHandle of a NULL handle returns STATUS_INVALID_PARAMETER",
         "CONFORMANCE.md, Handles and close: a NULL handle: STATUS_INVALID_PARAMETER"),
    rule("SHM-HANDLE-009", kFamily, RTKCONF_LEVEL_INFO,
         "Handle values issued for two opens of one object (observed)",
         "spec/RtkCreateSharedMemory.md, SharedMemoryHandle: \"A pointer to a handle that will "
         "receive "
         "a "
         "handle to the newly created shared memory object.\" (the value's form is not specified)"),
};

}  // namespace

RTKCONF_DEFINE_PLUGIN("rtkconf-plugin-handles", "handles", kRules)
