// Every name a kind goes by, in one table: on the wire and in messages.
#include <optional>
#include <string>

#include "rtkconf/step.h"
#include "rtkconf/step_json.h"

namespace rtkconf {

namespace {

struct KindNames {
    ObjectKind kind;
    const char *wire;   // step_json: "shared_memory"
    const char *label;  // evidence and messages: "shared memory"
};

constexpr KindNames kKindNames[] = {
    {ObjectKind::shared_memory, "shared_memory", "shared memory"},
    {ObjectKind::mutex, "mutex", "mutex"},
    {ObjectKind::event, "event", "event"},
    {ObjectKind::semaphore, "semaphore", "semaphore"},
};

const KindNames *names_of(ObjectKind kind) {
    for (const KindNames &names : kKindNames)
        if (names.kind == kind) return &names;
    return nullptr;
}

}  // namespace

const char *kind_label(ObjectKind kind) {
    const KindNames *names = names_of(kind);
    return names != nullptr ? names->label : "object";
}

const char *kind_name(ObjectKind kind) {
    const KindNames *names = names_of(kind);
    return names != nullptr ? names->wire : "unknown";
}

std::optional<ObjectKind> kind_from_name(const std::string &name) {
    for (const KindNames &names : kKindNames)
        if (name == names.wire) return names.kind;
    return std::nullopt;
}

}  // namespace rtkconf
