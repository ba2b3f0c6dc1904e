#include "rtkconf/steps.h"

namespace rtkconf::steps {

namespace {

Step make(StepOp op, const std::string &var = {}) {
    Step s;
    s.op = op;
    s.var = var;
    return s;
}

Step on_range(StepOp op, const std::string &var, uint64_t offset, uint64_t length,
              uint32_t seed = 0) {
    Step s = make(op, var);
    s.offset = offset;
    s.length = length;
    s.seed = seed;
    return s;
}

}  // namespace

NameArg name_arg(const std::u16string &units) {
    NameArg arg;
    arg.units = units;
    return arg;
}

NameArg null_name() {
    NameArg arg;
    arg.null_pointer = true;
    return arg;
}

Step attach() {
    Step s = make(StepOp::attach);
    s.arg0 = 1;  // MaxWFSO must be at least 1
    return s;
}

Step attach_ex() {
    Step s = attach();
    s.op = StepOp::attach_ex;
    return s;
}

Step detach() {
    return make(StepOp::detach);
}

Step create_shm(const std::string &var, const NameArg &name, uint32_t size_low) {
    Step s = make(StepOp::create, var);
    s.kind = ObjectKind::shared_memory;
    s.name = name;
    s.size_low = size_low;
    return s;
}

Step create_shm(const std::string &var, const std::u16string &name, uint32_t size_low) {
    return create_shm(var, name_arg(name), size_low);
}

Step create_unnamed_shm(const std::string &var, uint32_t size_low) {
    return create_shm(var, null_name(), size_low);
}

Step open_shm(const std::string &var, const NameArg &name) {
    Step s = make(StepOp::open, var);
    s.kind = ObjectKind::shared_memory;
    s.name = name;
    return s;
}

Step open_shm(const std::string &var, const std::u16string &name) {
    return open_shm(var, name_arg(name));
}

Step open_shm(const std::string &var, const std::u16string &name, uint32_t desired_access) {
    Step s = open_shm(var, name);
    s.desired_access = desired_access;
    return s;
}

Step create_kind(ObjectKind kind, const std::string &var, const std::u16string &name,
                 uint32_t size_low) {
    Step s = create_shm(var, name, size_low);
    s.kind = kind;
    s.arg0 = 1;  // semaphore: initial count
    s.arg1 = 1;  // semaphore: maximum count
    return s;
}

Step open_kind(ObjectKind kind, const std::string &var, const std::u16string &name) {
    Step s = open_shm(var, name);
    s.kind = kind;
    return s;
}

Step close(const std::string &var) {
    return make(StepOp::close, var);
}

Step close_raw(uint64_t handle_value) {
    Step s = make(StepOp::close);
    s.raw_handle = handle_value;
    return s;
}

Step unmap(const std::string &var) {
    return make(StepOp::unmap, var);
}

Step unmap_at(const std::string &var, uint64_t offset) {
    Step s = unmap(var);
    s.offset = offset;
    return s;
}

Step release_all() {
    return make(StepOp::release_all);
}

Step write(const std::string &var, uint64_t offset, uint64_t length, uint32_t seed) {
    return on_range(StepOp::write, var, offset, length, seed);
}

Step check(const std::string &var, uint64_t offset, uint64_t length, uint32_t seed) {
    return on_range(StepOp::check, var, offset, length, seed);
}

Step check_zero(const std::string &var, uint64_t offset, uint64_t length) {
    return on_range(StepOp::check_zero, var, offset, length);
}

Step resident(const std::string &var, uint64_t length) {
    return on_range(StepOp::resident, var, 0, length);
}

Step writable_probe(const std::string &var) {
    return on_range(StepOp::writable_probe, var, 0, 1);
}

}  // namespace rtkconf::steps
