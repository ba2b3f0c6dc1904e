// The rules of the `names` family: what makes a name, and when two names
// are the same object.
#include "rtkconf/plugin/define_plugin.h"

namespace {

using rtkconf::plugin::rule;

constexpr const char *kFamily = "names";
constexpr const char *kUnits =
    "CONFORMANCE.md D2: \"260 counts UTF-16 code units (Length / 2): 260 units are accepted, "
    "261 refused, whatever the surrogate pairs.\" (spec/RtkCreateSharedMemory.md says \"limited "
    "to 260 characters\"; MAX_PATH may count a NUL, and NT allows longer names)";
constexpr const char *kLimit =
    "spec/RtkCreateSharedMemory.md, Name: \"The name is limited to 260 characters and can contain "
    "any "
    "character except the backslash path-separator character (\\).\"";

const rtkconf_rule_info_t kRules[] = {
    rule("SHM-NAME-001", kFamily, RTKCONF_LEVEL_SHOULD,
         "A name of 260 code units is accepted and names one object across processes", kUnits),
    rule("SHM-NAME-002", kFamily, RTKCONF_LEVEL_SHOULD,
         "A name of more than 260 code units is refused and creates no object", kUnits),
    rule("SHM-NAME-003", kFamily, RTKCONF_LEVEL_SHOULD,
         "A name of more than 260 code units returns STATUS_NAME_TOO_LONG",
         "CONFORMANCE.md D1: \"name over 260 code units | STATUS_NAME_TOO_LONG | any error "
         "status\""),
    rule("SHM-NAME-004", kFamily, RTKCONF_LEVEL_SHOULD,
         "258 code units and a surrogate pair (260 units) are accepted", kUnits),
    rule("SHM-NAME-005", kFamily, RTKCONF_LEVEL_SHOULD,
         "259 code units and a surrogate pair (261 units) are refused: the limit counts units",
         "CONFORMANCE.md D2: \"260 counts UTF-16 code units (Length / 2): 260 units are "
         "accepted, 261 refused, whatever the surrogate pairs.\""),
    rule("SHM-NAME-006", kFamily, RTKCONF_LEVEL_MUST,
         "A backslash at the start, middle or end of a name is refused and creates no object",
         kLimit),
    rule("SHM-NAME-007", kFamily, RTKCONF_LEVEL_SHOULD,
         "A backslash in a name returns STATUS_OBJECT_NAME_INVALID",
         "CONFORMANCE.md D1: \"backslash anywhere in the name | STATUS_OBJECT_NAME_INVALID | any "
         "error status\""),
    rule("SHM-NAME-008", kFamily, RTKCONF_LEVEL_SHOULD,
         "An empty name (Length 0) creates an unnamed object",
         "CONFORMANCE.md D2: \"An empty name (Length == 0, any Buffer) creates an unnamed object, "
         "as a NULL name does.\""),
    rule("SHM-NAME-009", kFamily, RTKCONF_LEVEL_MUST,
         "Names differing only in case are different objects",
         "spec/RtkCreateSharedMemory.md, Name: \"Name comparison is case-sensitive.\""),
    rule("SHM-NAME-010", kFamily, RTKCONF_LEVEL_SHOULD,
         "A malformed UNICODE_STRING (odd Length, Length > MaximumLength, NULL Buffer) is "
         "refused and creates no object",
         "CONFORMANCE.md D1: \"malformed UNICODE_STRING (odd Length, Length > MaximumLength, NULL "
         "Buffer with Length > 0, unreadable memory)\" fails, writes no output and creates no "
         "object (the page does not describe a malformed name)"),
    rule("SHM-NAME-011", kFamily, RTKCONF_LEVEL_SHOULD,
         "A malformed UNICODE_STRING returns STATUS_INVALID_PARAMETER",
         "CONFORMANCE.md D1: \"malformed UNICODE_STRING (odd Length, Length > MaximumLength, NULL "
         "Buffer with Length > 0, unreadable memory) | STATUS_INVALID_PARAMETER\""),
    rule("SHM-NAME-012", kFamily, RTKCONF_LEVEL_SHOULD,
         "An embedded NUL is part of the name: \"ab\\0\" and \"ab\" are different objects",
         "CONFORMANCE.md D2: \"An embedded NUL is an ordinary code unit: legal, and part of the "
         "name (\"ab\\0\" and \"ab\" are different names).\""),
    rule("SHM-NAME-013", kFamily, RTKCONF_LEVEL_MUST,
         "Names with control characters and characters from every plane name one object across "
         "processes",
         kLimit),
    rule("SHM-NAME-014", kFamily, RTKCONF_LEVEL_SHOULD,
         "Unpaired surrogates are ordinary code units of a name",
         "CONFORMANCE.md D2: \"Unpaired surrogates are ordinary code units too: names are "
         "compared as exact sequences of code units (case-sensitive, no normalisation).\""),
    rule("SHM-NAME-015", kFamily, RTKCONF_LEVEL_MUST,
         "Different names are different objects: space or '_', '/' or another character, one "
         "unit of a 259-unit name, a surrogate pair, a narrowed or normalised character",
         "spec/RtkCreateSharedMemory.md, Name: \"If Name matches the name of an existing named "
         "shared "
         "memory object, the function requests access to the shared memory object with the "
         "protection specified by Protect.\" and \"The name is limited to 260 characters and can "
         "contain any character except the backslash path-separator character (\\).\" (only "
         "a matching name reaches an existing object)"),
    rule("SHM-NAME-016", kFamily, RTKCONF_LEVEL_SHOULD,
         "The 260th code unit is part of the name: 260-unit names differing only in the last unit, "
         "and a 259-unit name with and without a trailing NUL, are different objects",
         kUnits),
};

}  // namespace

RTKCONF_DEFINE_PLUGIN("rtkconf-plugin-names", "names", kRules)
