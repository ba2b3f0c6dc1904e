// The rtk flavour: the Rtk calls of RtkApi.h. The NULL handle pointer,
// NULL Location and malformed names are passed through exactly as asked:
// that is how the suite tests argument checking.
#include "attachment.h"
#include "flavour_calls.h"
#include "name_arg_buffer.h"

namespace rtkconf::peer {
namespace {

constexpr BOOLEAN kNoInherit = 0;

StepResult answered(NTSTATUS status) {
    StepResult result;
    result.called = true;
    result.status = status;
    result.code = static_cast<uint32_t>(status);
    return result;
}

template <typename Fn>
bool exported(Fn fn, const char *name, StepResult &result) {
    if (fn != nullptr) return true;
    result = not_called(std::string("the implementation does not export ") + name);
    return false;
}

HANDLE as_handle(uint64_t value) {
    return reinterpret_cast<HANDLE>(static_cast<uintptr_t>(value));
}

// What a create and an open pass besides the kind's own arguments: the
// name as asked (possibly malformed), where the handle and the Location
// land (or NULL when the step asks for NULL), and the instance.
struct CallArgs {
    NameArgBuffer name;
    HANDLE handle = nullptr;
    void *location = nullptr;
    HANDLE *handle_ptr;
    RTSSINST instance;
    CallArgs(const Step &step, Attachment &attachment)
        : name(step.name),
          handle_ptr(step.null_handle_ptr ? nullptr : &handle),
          instance(attachment.instance_for(step)) {}
    CallArgs(const CallArgs &) = delete;
    CallArgs &operator=(const CallArgs &) = delete;
};

class RtkCalls final : public FlavourCalls {
  public:
    explicit RtkCalls(const RtkApiTable &api)
        : api_(api),
          attachment_(Flavour::rtk, api.RtkRtssAttach, api.RtkRtssAttachEx, api.RtkRtssDetach) {}

    StepResult attach(const Step &step) override { return attachment_.attach(step); }
    StepResult detach(const Step &step) override { return attachment_.detach(step); }
    bool detached() const override { return attachment_.detached(); }

    StepResult create(const Step &step, Made &made) override {
        CallArgs args(step, attachment_);
        auto &[name, handle, location, handle_ptr, instance] = args;
        StepResult result;
        NTSTATUS status = STATUS_SUCCESS;
        switch (step.kind) {
            case ObjectKind::shared_memory:
                status = api_.RtkCreateSharedMemory(instance, handle_ptr, step.protect,
                                                    step.size_high, step.size_low, name.get(),
                                                    step.null_location ? nullptr : &location);
                break;
            case ObjectKind::mutex:
                if (!exported(api_.RtkCreateMutex, "RtkCreateMutex", result)) return result;
                status = api_.RtkCreateMutex(instance, handle_ptr, nullptr, 0, name.get());
                break;
            case ObjectKind::event:
                if (!exported(api_.RtkCreateEvent, "RtkCreateEvent", result)) return result;
                status = api_.RtkCreateEvent(instance, handle_ptr, nullptr, 1, 0, name.get());
                break;
            case ObjectKind::semaphore:
                if (!exported(api_.RtkCreateSemaphore, "RtkCreateSemaphore", result)) return result;
                status = api_.RtkCreateSemaphore(instance, handle_ptr, nullptr,
                                                 static_cast<LONG>(step.arg0),
                                                 static_cast<LONG>(step.arg1), name.get());
                break;
        }
        return made_by(status, handle, location, made);
    }

    StepResult open(const Step &step, Made &made) override {
        CallArgs args(step, attachment_);
        auto &[name, handle, location, handle_ptr, instance] = args;
        StepResult result;
        NTSTATUS status = STATUS_SUCCESS;
        switch (step.kind) {
            case ObjectKind::shared_memory:
                status =
                    api_.RtkOpenSharedMemory(instance, handle_ptr, step.desired_access, kNoInherit,
                                             name.get(), step.null_location ? nullptr : &location);
                break;
            case ObjectKind::mutex:
                if (!exported(api_.RtkOpenMutex, "RtkOpenMutex", result)) return result;
                status = api_.RtkOpenMutex(instance, handle_ptr, step.desired_access, kNoInherit,
                                           name.get());
                break;
            case ObjectKind::event:
                if (!exported(api_.RtkOpenEvent, "RtkOpenEvent", result)) return result;
                status = api_.RtkOpenEvent(instance, handle_ptr, step.desired_access, kNoInherit,
                                           name.get());
                break;
            case ObjectKind::semaphore:
                if (!exported(api_.RtkOpenSemaphore, "RtkOpenSemaphore", result)) return result;
                status = api_.RtkOpenSemaphore(instance, handle_ptr, step.desired_access,
                                               kNoInherit, name.get());
                break;
        }
        return made_by(status, handle, location, made);
    }

    StepResult close(const Step &step, uint64_t handle) override {
        return answered(api_.RtkCloseHandle(attachment_.instance_for(step), as_handle(handle)));
    }

    StepResult unmap(const Step &step, void *address) override {
        if (api_.RtkUnMapSharedMemory == nullptr)
            return not_called("the implementation does not export RtkUnMapSharedMemory");
        return answered(api_.RtkUnMapSharedMemory(attachment_.instance_for(step), address));
    }

    bool release_view(void *location) override {
        return api_.RtkUnMapSharedMemory == nullptr ||
               NT_SUCCESS(api_.RtkUnMapSharedMemory(attachment_.instance(), location));
    }

    bool release_handle(uint64_t handle) override {
        return NT_SUCCESS(api_.RtkCloseHandle(attachment_.instance(), as_handle(handle)));
    }

  private:
    static StepResult made_by(NTSTATUS status, HANDLE handle, void *location, Made &made) {
        StepResult result = answered(status);
        result.handle = reinterpret_cast<uintptr_t>(handle);
        result.location = reinterpret_cast<uintptr_t>(location);
        made = Made{result.handle, location};
        return result;
    }

    const RtkApiTable &api_;
    Attachment attachment_;
};

}  // namespace

std::unique_ptr<FlavourCalls> make_rtk_calls(const RtkApiTable &api) {
    return std::make_unique<RtkCalls>(api);
}

}  // namespace rtkconf::peer
