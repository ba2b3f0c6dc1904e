#include "memory_steps.h"

namespace rtkconf::plugin::mapping {

Step check_zero(const std::string &var, uint64_t offset, uint64_t length) {
    Step s = steps::check(var, offset, length, 0);
    s.op = StepOp::check_zero;
    return s;
}

// An explicit length: an opener's peer does not know the size.
Step resident(const std::string &var, uint64_t length) {
    Step s = check_zero(var, 0, length);
    s.op = StepOp::resident;
    return s;
}

Step writable_probe(const std::string &var) {
    Step s = check_zero(var, 0, 1);
    s.op = StepOp::writable_probe;
    return s;
}

Step open_with_access(const std::string &var, const std::u16string &name, uint32_t access) {
    Step s = steps::open_shm(var, name);
    s.desired_access = access;
    return s;
}

std::string row_label(std::size_t index, const std::string &label) {
    return "row " + std::to_string(index) + " (" + label + ")";
}

}  // namespace rtkconf::plugin::mapping
