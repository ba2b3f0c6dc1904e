// The rules of the `rtapi` family: the user-mode page's own words on the
// last error, which the Rtk rules' NTSTATUS wording does not carry.
#include "rtkconf/plugin/define_plugin.h"

namespace {

using namespace rtkconf::plugin;  // rule_for and the flavour lists

constexpr const char *kFamily = "rtapi";
constexpr const char *kRtApi = "rtapi";

const rtkconf_rule_info_t kRules[] = {
    rule_for(kRtApi, "SHM-RTAPI-001", kFamily, RTKCONF_LEVEL_MUST,
             "A create on the name of an existing shared-memory object returns a handle to that "
             "object with last error ERROR_ALREADY_EXISTS, and the creator's size stands",
             "spec/rtk-api-notes.md, The same object model behind other API flavours: \"on an existing name a valid handle to "
             "that object with last error `ERROR_ALREADY_EXISTS` (183) and the size argument "
             "ignored\""),
    rule_for(kRtApi, "SHM-RTAPI-002", kFamily, RTKCONF_LEVEL_MUST,
             "A failed create, open or close says why: the last error is set, neither left as "
             "it was nor 0",
             "spec/rtk-api-notes.md, The same object model behind other API flavours: \"NULL on failure, the reason from "
             "`GetLastError()`\""),
    rule_for(kRtApi, "SHM-RTAPI-003", kFamily, RTKCONF_LEVEL_MUST,
             "Shared memory on the name of a mutex, event or semaphore fails with "
             "ERROR_INVALID_HANDLE",
             "spec/rtk-api-notes.md, The same object model behind other API flavours: \"A name held by an event, mutex or "
             "semaphore fails with `ERROR_INVALID_HANDLE` (6).\"",
             "RtkCreateMutex,RtkCreateEvent,RtkCreateSemaphore"),
    rule_for(kRtApi, "SHM-RTAPI-004", kFamily, RTKCONF_LEVEL_MUST,
             "A create that makes a new object, named or unnamed, leaves last error 0",
             "spec/rtk-api-notes.md, The same object model behind other API flavours: \"and the size argument ignored; "
             "otherwise last error 0.\""),
};

}  // namespace

RTKCONF_DEFINE_PLUGIN("rtkconf-plugin-rtapi", "rtapi", kRules)
