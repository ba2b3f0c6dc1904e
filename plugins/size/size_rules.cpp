// The rules of the `size` family: MaximumSizeHigh/Low and the region a
// caller gets.
#include "rtkconf/plugin/define_plugin.h"

namespace {

using rtkconf::plugin::rule;

constexpr const char *kFamily = "size";

const rtkconf_rule_info_t kRules[] = {
    rule("SHM-SIZE-001", kFamily, RTKCONF_LEVEL_MUST,
         "MaximumSizeHigh != 0 is refused: no output, no object",
         "spec/RtkCreateSharedMemory.md, MaximumSizeHigh: \"The high-order 32 bits of the size of "
         "the "
         "shared memory object. This value can only be zero (0).\""),
    rule("SHM-SIZE-002", kFamily, RTKCONF_LEVEL_SHOULD,
         "MaximumSizeHigh != 0 returns STATUS_INVALID_PARAMETER",
         "spec/RtkCreateSharedMemory.md, MaximumSizeHigh: \"This value can only be zero (0).\" "
         "(exact "
         "code: CONFORMANCE.md D1)"),
    rule(
        "SHM-SIZE-003", kFamily, RTKCONF_LEVEL_SHOULD,
        "MaximumSizeLow == 0 for a new object is refused: no output, no object",
        "spec/RtkCreateSharedMemory.md, MaximumSizeLow: \"The low-order 32 bits of the size of the "
        "shared memory object.\" (a new object needs a size: CONFORMANCE.md D1)"),
    rule(
        "SHM-SIZE-004", kFamily, RTKCONF_LEVEL_SHOULD,
        "MaximumSizeLow == 0 for a new object returns STATUS_INVALID_PARAMETER",
        "spec/RtkCreateSharedMemory.md, MaximumSizeLow: \"The low-order 32 bits of the size of the "
        "shared memory object.\" (exact code: CONFORMANCE.md D1)"),
    rule("SHM-SIZE-005", kFamily, RTKCONF_LEVEL_MUST,
         "Every byte of the requested size is usable, and shared, by every process mapping it",
         "spec/RtkCreateSharedMemory.md: \"RtkCreateSharedMemory creates a region of physical "
         "memory "
         "that any process or driver can map.\""),
    rule("SHM-SIZE-006", kFamily, RTKCONF_LEVEL_SHOULD,
         "Location is page-aligned (4096 bytes) after create and after open",
         "spec/RtkCreateSharedMemory.md, Location: \"A pointer to a location where the virtual "
         "address "
         "of "
         "the shared memory will be stored.\" (a mapped view starts on a page)"),
    rule("SHM-SIZE-007", kFamily, RTKCONF_LEVEL_MUST,
         "A create on the name of an existing object maps that object",
         "spec/RtkCreateSharedMemory.md, Name: \"If Name matches the name of an existing named "
         "shared "
         "memory object, the function requests access to the shared memory object with the "
         "protection specified by Protect.\""),
    rule("SHM-SIZE-008", kFamily, RTKCONF_LEVEL_SHOULD,
         "On an existing name the creator's size stands: a smaller size still maps all of it",
         "spec/rtk-api-notes.md, RtCreateSharedMemory: \"when the name already exists the size "
         "argument is ignored (the creator's size stands)\" (the user-mode twin; applied to "
         "create by CONFORMANCE.md D3)"),
    rule("SHM-SIZE-009", kFamily, RTKCONF_LEVEL_INFO,
         "Alignment of the Location returned (observed)",
         "spec/RtkCreateSharedMemory.md, Location: \"A pointer to a location where the virtual "
         "address "
         "of "
         "the shared memory will be stored.\" (the page names no alignment)"),
    rule("SHM-SIZE-010", kFamily, RTKCONF_LEVEL_INFO,
         "Status of a create on an existing name: STATUS_SUCCESS or STATUS_OBJECT_NAME_EXISTS "
         "(observed)",
         "spec/RtkCreateSharedMemory.md, Return Value: \"If the function succeeds, it returns "
         "STATUS_SUCCESS.\" (CONFORMANCE.md D3)"),
    rule("SHM-SIZE-011", kFamily, RTKCONF_LEVEL_SHOULD,
         "A create on an existing name returns STATUS_SUCCESS",
         "spec/RtkCreateSharedMemory.md, Return Value: \"If the function succeeds, it returns "
         "STATUS_SUCCESS.\" (CONFORMANCE.md D3; STATUS_OBJECT_NAME_EXISTS is a success too, "
         "recorded by SHM-SIZE-010)"),
    rule("SHM-SIZE-012", kFamily, RTKCONF_LEVEL_MUST,
         "A create that makes a new object, named or unnamed, returns exactly STATUS_SUCCESS",
         "spec/RtkCreateSharedMemory.md, Return Value: \"If the function succeeds, it returns "
         "STATUS_SUCCESS.\""),
};

}  // namespace

RTKCONF_DEFINE_PLUGIN("rtkconf-plugin-size", "size", kRules)
