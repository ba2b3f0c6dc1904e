#include "rtkconf/plugin/steps.h"

#include "rtkconf/plugin/unique_name.h"

namespace rtkconf::plugin::steps {

Step attach() {
    Step s;
    s.op = StepOp::attach;
    s.arg0 = 1;  // MaxWFSO must be at least 1
    return s;
}

Step attach_ex() {
    Step s = attach();
    s.op = StepOp::attach_ex;
    return s;
}

Step detach() {
    Step s;
    s.op = StepOp::detach;
    return s;
}

Step create_shm(const std::string &var, const std::u16string &name, uint32_t size_low) {
    Step s = create_unnamed_shm(var, size_low);
    s.name = name_arg(name);
    return s;
}

Step create_unnamed_shm(const std::string &var, uint32_t size_low) {
    Step s;
    s.op = StepOp::create;
    s.kind = ObjectKind::shared_memory;
    s.var = var;
    s.name.null_pointer = true;
    s.size_low = size_low;
    return s;
}

Step open_shm(const std::string &var, const std::u16string &name) {
    Step s;
    s.op = StepOp::open;
    s.kind = ObjectKind::shared_memory;
    s.var = var;
    s.name = name_arg(name);
    return s;
}

Step close(const std::string &var) {
    Step s;
    s.op = StepOp::close;
    s.var = var;
    return s;
}

Step release_all() {
    Step s;
    s.op = StepOp::release_all;
    return s;
}

Step unmap(const std::string &var) {
    Step s;
    s.op = StepOp::unmap;
    s.var = var;
    return s;
}

Step unmap_at(const std::string &var, uint64_t offset) {
    Step s = unmap(var);
    s.offset = offset;
    return s;
}

Step close_raw(uint64_t handle_value) {
    Step s;
    s.op = StepOp::close;
    s.raw_handle = handle_value;
    return s;
}

Step write(const std::string &var, uint64_t offset, uint64_t length, uint32_t seed) {
    Step s;
    s.op = StepOp::write;
    s.var = var;
    s.offset = offset;
    s.length = length;
    s.seed = seed;
    return s;
}

Step check(const std::string &var, uint64_t offset, uint64_t length, uint32_t seed) {
    Step s = write(var, offset, length, seed);
    s.op = StepOp::check;
    return s;
}

}  // namespace rtkconf::plugin::steps
