#include "kind_steps.h"

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

}  // namespace rtkconf::plugin::ns
