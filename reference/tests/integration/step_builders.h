// Short constructors for the Steps the integration tests send, so a test
// reads as the sequence of calls it makes.
#pragma once

#include <string>

#include "rtkconf/step.h"

namespace rtkref_it {

using rtkconf::ObjectKind;
using rtkconf::Step;
using rtkconf::StepOp;

inline rtkconf::NameArg name(std::u16string units) {
    rtkconf::NameArg arg;
    arg.units = std::move(units);
    return arg;
}

inline rtkconf::NameArg null_name() {
    rtkconf::NameArg arg;
    arg.null_pointer = true;
    return arg;
}

inline Step make(StepOp op, std::string var = {}) {
    Step step;
    step.op = op;
    step.var = std::move(var);
    return step;
}

inline Step attach() {
    return make(StepOp::attach);
}
inline Step detach() {
    return make(StepOp::detach);
}

inline Step create_shm(std::string var, rtkconf::NameArg arg, uint32_t size = 4096) {
    Step step = make(StepOp::create, std::move(var));
    step.name = std::move(arg);
    step.size_low = size;
    return step;
}
inline Step create_shm(std::string var, std::u16string units, uint32_t size = 4096) {
    return create_shm(std::move(var), name(std::move(units)), size);
}

inline Step open_shm(std::string var, std::u16string units) {
    Step step = make(StepOp::open, std::move(var));
    step.name = name(std::move(units));
    return step;
}

inline Step create_kind(ObjectKind kind, std::string var, std::u16string units) {
    Step step = make(StepOp::create, std::move(var));
    step.kind = kind;
    step.name = name(std::move(units));
    step.arg0 = 1;  // semaphore: initial count
    step.arg1 = 1;  // semaphore: maximum count
    return step;
}

inline Step close(std::string var) {
    return make(StepOp::close, std::move(var));
}

inline Step close_raw(uint64_t handle) {
    Step step = make(StepOp::close);
    step.raw_handle = handle;
    return step;
}

inline Step on_range(StepOp op, std::string var, uint64_t offset, uint64_t length,
                     uint32_t seed = 0) {
    Step step = make(op, std::move(var));
    step.offset = offset;
    step.length = length;
    step.seed = seed;
    return step;
}
inline Step write(std::string var, uint64_t offset, uint64_t length, uint32_t seed) {
    return on_range(StepOp::write, std::move(var), offset, length, seed);
}
inline Step check(std::string var, uint64_t offset, uint64_t length, uint32_t seed) {
    return on_range(StepOp::check, std::move(var), offset, length, seed);
}
inline Step check_zero(std::string var, uint64_t offset, uint64_t length) {
    return on_range(StepOp::check_zero, std::move(var), offset, length);
}
inline Step resident(std::string var, uint64_t length) {
    return on_range(StepOp::resident, std::move(var), 0, length);
}

inline const char *kind_label(ObjectKind kind) {
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
    return "?";
}

}  // namespace rtkref_it
