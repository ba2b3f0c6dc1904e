// The rules of the `mapping` family: the memory a view shows.
#include "rtkconf/plugin/define_plugin.h"

namespace {

using rtkconf::plugin::rule;

constexpr const char *kFamily = "mapping";
constexpr const char *kRegion =
    "spec/RtkCreateSharedMemory.md: \"RtkCreateSharedMemory creates a region of physical memory "
    "that "
    "any "
    "process or driver can map.\"";
constexpr const char *kZero =
    "CONFORMANCE.md D8: \"Zero-filled, always: a new object, and a name re-created after its "
    "object was destroyed, reads as zero.\"";

const rtkconf_rule_info_t kRules[] = {
    rule("SHM-MAP-001", kFamily, RTKCONF_LEVEL_MUST,
         "A write through any process's view is read through every other process's view", kRegion),
    rule("SHM-MAP-002", kFamily, RTKCONF_LEVEL_SHOULD,
         "A new object reads as zero through the creator's and an opener's view", kZero),
    rule("SHM-MAP-003", kFamily, RTKCONF_LEVEL_SHOULD,
         "A name re-created after its object was destroyed reads as zero", kZero),
    rule("SHM-MAP-004", kFamily, RTKCONF_LEVEL_SHOULD,
         "The whole region is resident and locked right after create and after open",
         "CONFORMANCE.md D9: \"The reference makes the whole region resident and locked at create "
         "and open ... so the first touch takes no page fault.\" (spec/RtkCreateSharedMemory.md: "
         "\"a "
         "region of physical memory\")"),
    rule("SHM-MAP-005", kFamily, RTKCONF_LEVEL_MUST,
         "Two creates with a NULL name are two different objects",
         "spec/RtkCreateSharedMemory.md, Name: \"If Name is NULL, the shared memory object is "
         "created "
         "without a name.\""),
    rule("SHM-MAP-006", kFamily, RTKCONF_LEVEL_INFO,
         "Whether a view opened with SHM_MAP_READ is writable (observed)",
         "CONFORMANCE.md D7: \"The suite reports (INFO) whether a SHM_MAP_READ view is writable; "
         "neither profile requires either.\""),
    rule("SHM-MAP-007", kFamily, RTKCONF_LEVEL_MUST,
         "An unnamed object is reachable by no name: an open with an empty or NULL name fails "
         "while it lives, and named objects made beside it are other objects",
         "spec/RtkCreateSharedMemory.md, Name: \"If Name is NULL, the shared memory object is "
         "created "
         "without a name.\""),
    rule("SHM-MAP-008", kFamily, RTKCONF_LEVEL_MUST,
         "An unnamed object is destroyed at its last close: unnamed objects created and "
         "destroyed one after another, totalling several times what the process may lock (with "
         "--heavy: 64 GiB), are all created",
         "spec/RtkCreateSharedMemory.md, Remarks: \"When all handles to the shared memory object "
         "representing the physical memory are closed, the object is destroyed, and physical "
         "memory is returned to the system.\" (no name reaches an unnamed object: the memory "
         "it returns is what shows)"),
};

}  // namespace

RTKCONF_DEFINE_PLUGIN("rtkconf-plugin-mapping", "mapping", kRules)
