// The rules of the `crossflavour` family: one object model behind two
// flavours, seen from both sides at once.
#include "rtkconf/plugin/define_plugin.h"

namespace {

using namespace rtkconf::plugin;  // rule_for, kAcrossFlavours

constexpr const char *kFamily = "crossflavour";

const rtkconf_rule_info_t kRules[] = {
    rule_for(
        kAcrossFlavours, "SHM-XFLAV-001", kFamily, RTKCONF_LEVEL_MUST,
        "An object created through one flavour is opened, written, read and closed through the "
        "other, both ways, and is gone once both sides closed it",
        "spec/rtk-api-notes.md, The same object model behind other API flavours: \"The typical "
        "program pairs a driver (Rtk calls) with a real-time or Windows process (RtApi calls) "
        "sharing one object by name.\""),
    rule_for(
        kAcrossFlavours, "SHM-XFLAV-002", kFamily, RTKCONF_LEVEL_MUST,
        "The kinds collide across flavours: shared memory through one flavour on a name a mutex, "
        "event or semaphore of the other holds fails, and so does the reverse",
        "spec/rtk-api-notes.md, The same object model behind other API flavours: \"one subsystem "
        "namespace for shared memory, mutex, event and semaphore\"",
        "RtkCreateMutex,RtkCreateEvent,RtkCreateSemaphore"),
    rule_for(kAcrossFlavours, "SHM-XFLAV-003", kFamily, RTKCONF_LEVEL_MUST,
             "The last close destroys the object on either side: it survives the first close, "
             "whichever flavour made it, and is gone after the second",
             "spec/RtkCreateSharedMemory.md, Remarks: \"When all handles to the shared memory object "
             "representing the physical memory are closed, the object is destroyed, and physical "
             "memory is returned to the system.\""),
    rule_for(kAcrossFlavours, "SHM-XFLAV-004", kFamily, RTKCONF_LEVEL_MUST,
             "A create through one flavour on a name the other flavour created maps that object, "
             "with the creator's size and contents",
             "spec/RtkCreateSharedMemory.md, Name: \"If Name matches the name of an existing named "
             "shared memory object, the function requests access to the shared memory object with "
             "the protection specified by Protect.\""),
};

}  // namespace

RTKCONF_DEFINE_PLUGIN("rtkconf-plugin-crossflavour", "crossflavour", kRules)
