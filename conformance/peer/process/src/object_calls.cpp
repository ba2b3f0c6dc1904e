// create and open, for each kind of object. The NULL handle pointer, NULL
// Location and malformed names are passed through exactly as asked: that
// is how the suite tests argument checking.
#include "name_arg_buffer.h"
#include "step_dispatcher.h"

namespace rtkconf::peer {

namespace {

constexpr BOOLEAN kNoInherit = 0;

template <typename Fn>
bool exported(Fn fn, const char *name, StepResult &result) {
    if (fn != nullptr) return true;
    result = not_called(std::string("the implementation does not export ") + name);
    return false;
}

}  // namespace

StepResult StepDispatcher::create(const Step &step) {
    StepResult result;
    NameArgBuffer name(step.name);
    HANDLE handle = nullptr;
    void *location = nullptr;
    HANDLE *handle_ptr = step.null_handle_ptr ? nullptr : &handle;
    const RTSSINST instance = instance_for(step);
    switch (step.kind) {
        case ObjectKind::shared_memory:
            result.status = api_.RtkCreateSharedMemory(instance, handle_ptr, step.protect,
                                                       step.size_high, step.size_low, name.get(),
                                                       step.null_location ? nullptr : &location);
            break;
        case ObjectKind::mutex:
            if (!exported(api_.RtkCreateMutex, "RtkCreateMutex", result)) return result;
            result.status = api_.RtkCreateMutex(instance, handle_ptr, nullptr, 0, name.get());
            break;
        case ObjectKind::event:
            if (!exported(api_.RtkCreateEvent, "RtkCreateEvent", result)) return result;
            result.status = api_.RtkCreateEvent(instance, handle_ptr, nullptr, 1, 0, name.get());
            break;
        case ObjectKind::semaphore:
            if (!exported(api_.RtkCreateSemaphore, "RtkCreateSemaphore", result)) return result;
            result.status =
                api_.RtkCreateSemaphore(instance, handle_ptr, nullptr, static_cast<LONG>(step.arg0),
                                        static_cast<LONG>(step.arg1), name.get());
            break;
    }
    result.called = true;
    result.handle = reinterpret_cast<uintptr_t>(handle);
    result.location = reinterpret_cast<uintptr_t>(location);
    if (NT_SUCCESS(result.status) && !step.var.empty())
        slots_[step.var] = Slot{result.handle, location, step.size_low, false, false};
    return result;
}

StepResult StepDispatcher::open(const Step &step) {
    StepResult result;
    NameArgBuffer name(step.name);
    HANDLE handle = nullptr;
    void *location = nullptr;
    HANDLE *handle_ptr = step.null_handle_ptr ? nullptr : &handle;
    const RTSSINST instance = instance_for(step);
    switch (step.kind) {
        case ObjectKind::shared_memory:
            result.status =
                api_.RtkOpenSharedMemory(instance, handle_ptr, step.desired_access, kNoInherit,
                                         name.get(), step.null_location ? nullptr : &location);
            break;
        case ObjectKind::mutex:
            if (!exported(api_.RtkOpenMutex, "RtkOpenMutex", result)) return result;
            result.status = api_.RtkOpenMutex(instance, handle_ptr, step.desired_access, kNoInherit,
                                              name.get());
            break;
        case ObjectKind::event:
            if (!exported(api_.RtkOpenEvent, "RtkOpenEvent", result)) return result;
            result.status = api_.RtkOpenEvent(instance, handle_ptr, step.desired_access, kNoInherit,
                                              name.get());
            break;
        case ObjectKind::semaphore:
            if (!exported(api_.RtkOpenSemaphore, "RtkOpenSemaphore", result)) return result;
            result.status = api_.RtkOpenSemaphore(instance, handle_ptr, step.desired_access,
                                                  kNoInherit, name.get());
            break;
    }
    result.called = true;
    result.handle = reinterpret_cast<uintptr_t>(handle);
    result.location = reinterpret_cast<uintptr_t>(location);
    // An opener does not learn the size; memory steps then need a length.
    if (NT_SUCCESS(result.status) && !step.var.empty())
        slots_[step.var] = Slot{result.handle, location, 0, false, false};
    return result;
}

}  // namespace rtkconf::peer
