#include "kind_steps.h"

#include "kind_pairs.h"

namespace rtkconf::plugin::ns {

Step create_kind(ObjectKind kind, const std::string &var, const std::u16string &name) {
    Step s = steps::create_shm(var, name, kSize);
    s.kind = kind;
    s.arg0 = 1;  // semaphore: initial count
    s.arg1 = 1;  // semaphore: maximum count
    return s;
}

Step open_kind(ObjectKind kind, const std::string &var, const std::u16string &name) {
    Step s = steps::open_shm(var, name);
    s.kind = kind;
    return s;
}

const char *kind_label(ObjectKind kind) {
    switch (kind) {
        case ObjectKind::shared_memory:
            return "shared memory";
        case ObjectKind::mutex:
            return "mutex";
        case ObjectKind::event:
            return "event";
        case ObjectKind::semaphore:
            return "semaphore";
    }
    return "object";
}

std::string pair_row(std::size_t index, const KindPair &pair) {
    return "row " + std::to_string(index) + " (" + kind_label(pair.caller) + " on a " +
           kind_label(pair.holder) + "'s name)";
}

}  // namespace rtkconf::plugin::ns
