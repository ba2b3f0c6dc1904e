// The rules of the `namespace` family: one namespace for shared memory,
// mutexes, events and semaphores.
#include "rtkconf/plugin/define_plugin.h"

namespace {

using rtkconf::plugin::rule;

constexpr const char *kFamily = "namespace";
constexpr const char *kSeed =
    "spec/RtkCreateSharedMemory.md, Name: \"If Name matches the name of another kind of object in "
    "the "
    "same namespace (such as an existing mutex or event), the function fails and the function "
    "returns STATUS_INVALID_HANDLE. This occurs because these objects share the same namespace.\"";
constexpr const char *kTwin =
    "spec/rtk-api-notes.md, RtCreateSharedMemory: \"event, mutex, semaphore and shared-memory "
    "objects share one namespace.\" (code: CONFORMANCE.md D4, \"Open on a name held by another "
    "kind fails with STATUS_INVALID_HANDLE, as create does.\")";
constexpr const char *kOneNamespace =
    "spec/rtk-api-notes.md, RtCreateSharedMemory: \"event, mutex, semaphore and shared-memory "
    "objects share one namespace.\" (a name held by one kind cannot also name another)";
constexpr const char *kAllSync = "RtkCreateMutex,RtkCreateEvent,RtkCreateSemaphore";
constexpr const char *kAllSyncOpen =
    "RtkCreateMutex,RtkCreateEvent,RtkCreateSemaphore,RtkOpenMutex,RtkOpenEvent,"
    "RtkOpenSemaphore";
constexpr const char *kOpenOnKind =
    "CONFORMANCE.md D4: \"Open on a name held by another kind fails with STATUS_INVALID_HANDLE, "
    "as create does.\" (spec/rtk-api-notes.md, RtkOpenSharedMemory: \"Same name rules as create\")";

const rtkconf_rule_info_t kRules[] = {
    rule("SHM-NS-001", kFamily, RTKCONF_LEVEL_MUST,
         "Shared memory on a mutex's name returns STATUS_INVALID_HANDLE", kSeed, "RtkCreateMutex"),
    rule("SHM-NS-002", kFamily, RTKCONF_LEVEL_MUST,
         "Shared memory on an event's name returns STATUS_INVALID_HANDLE", kSeed, "RtkCreateEvent"),
    rule("SHM-NS-003", kFamily, RTKCONF_LEVEL_MUST,
         "Shared memory on a semaphore's name returns STATUS_INVALID_HANDLE", kSeed,
         "RtkCreateSemaphore"),
    rule("SHM-NS-004", kFamily, RTKCONF_LEVEL_SHOULD,
         "A mutex on a shared memory object's name returns STATUS_INVALID_HANDLE", kTwin,
         "RtkCreateMutex"),
    rule("SHM-NS-005", kFamily, RTKCONF_LEVEL_SHOULD,
         "An event on a shared memory object's name returns STATUS_INVALID_HANDLE", kTwin,
         "RtkCreateEvent"),
    rule("SHM-NS-006", kFamily, RTKCONF_LEVEL_SHOULD,
         "A semaphore on a shared memory object's name returns STATUS_INVALID_HANDLE", kTwin,
         "RtkCreateSemaphore"),
    rule("SHM-NS-007", kFamily, RTKCONF_LEVEL_SHOULD,
         "Opening shared memory on a mutex's name fails and writes no output", kOpenOnKind,
         "RtkCreateMutex"),
    rule("SHM-NS-008", kFamily, RTKCONF_LEVEL_SHOULD,
         "A refused shared memory create or open leaves the holder's mutex intact: it still opens",
         kSeed, "RtkCreateMutex,RtkOpenMutex"),
    rule("SHM-NS-009", kFamily, RTKCONF_LEVEL_SHOULD,
         "A refused mutex create leaves the holder's shared memory intact: it opens with its "
         "contents",
         kTwin, "RtkCreateMutex"),
    rule("SHM-NS-010", kFamily, RTKCONF_LEVEL_SHOULD,
         "Opening shared memory on a mutex's name returns STATUS_INVALID_HANDLE", kOpenOnKind,
         "RtkCreateMutex"),
    rule("SHM-NS-011", kFamily, RTKCONF_LEVEL_MUST,
         "A mutex, event or semaphore created on a name any other kind holds fails and writes no "
         "handle (nine ordered pairs, in the holder's process and another)",
         kOneNamespace, kAllSync),
    rule("SHM-NS-012", kFamily, RTKCONF_LEVEL_SHOULD,
         "A mutex, event or semaphore created on another synchronisation kind's name returns "
         "STATUS_INVALID_HANDLE",
         kTwin, kAllSync),
    rule("SHM-NS-013", kFamily, RTKCONF_LEVEL_SHOULD,
         "A refused create of any kind on another kind's name leaves the holder intact: it still "
         "opens, with its contents (the pairs SHM-NS-008 and 009 do not cover)",
         kOneNamespace, kAllSyncOpen),
    rule("SHM-NS-014", kFamily, RTKCONF_LEVEL_SHOULD,
         "An open of any kind on a name another kind holds fails and writes no output (the pairs "
         "SHM-NS-007 does not cover)",
         kOpenOnKind, kAllSyncOpen),
    rule("SHM-NS-015", kFamily, RTKCONF_LEVEL_SHOULD,
         "An open of any kind on a name another kind holds returns STATUS_INVALID_HANDLE",
         kOpenOnKind, kAllSyncOpen),
};

}  // namespace

RTKCONF_DEFINE_PLUGIN("rtkconf-plugin-namespace", "namespace", kRules)
