// The rtapi flavour: the user-mode calls of RtApi.h. No RtssInst and no
// handle pointer: a step that forges either is not expressible. Before
// each call the last error is set to a sentinel, so a call that leaves it
// untouched shows as such in the evidence.
#include "flavour_calls.h"
#include "rtk/RtWin32Errors.h"
#include "wide_name.h"

namespace rtkconf::peer {
namespace {

constexpr uint32_t kSentinel = kUntouchedCode;

// The suite's reading of a failure's last error: the status whose
// translation (RtkWin32ErrorOfStatus) it is, preferring the plainer one
// where two share it; anything else is STATUS_UNSUCCESSFUL.
NTSTATUS status_of_failure(uint32_t error) {
    constexpr NTSTATUS kPreferred[] = {
        STATUS_INVALID_PARAMETER,   STATUS_INVALID_HANDLE,         STATUS_OBJECT_NAME_NOT_FOUND,
        STATUS_OBJECT_NAME_INVALID, STATUS_OBJECT_NAME_COLLISION,  STATUS_NAME_TOO_LONG,
        STATUS_NO_MEMORY,           STATUS_INSUFFICIENT_RESOURCES, STATUS_NOT_IMPLEMENTED,
        STATUS_NO_SUCH_DEVICE,      STATUS_LICENSE_VIOLATION,      STATUS_UNSUCCESSFUL};
    for (NTSTATUS status : kPreferred)
        if (RtkWin32ErrorOfStatus(status) == error) return status;
    return STATUS_UNSUCCESSFUL;
}

HANDLE as_handle(uint64_t value) {
    return reinterpret_cast<HANDLE>(static_cast<uintptr_t>(value));
}

class RtApiCalls final : public FlavourCalls {
  public:
    explicit RtApiCalls(const RtApiTable &api) : api_(api) {}

    // No attach: a process using these calls is connected by its first
    // call, so a plain attach is done already; the others have no form.
    StepResult attach(const Step &step) override {
        if (step.op != StepOp::attach)
            return not_expressible(Flavour::rtapi, "the user-mode calls have no attach");
        StepResult result = succeeded(0);
        result.detail = "nothing to call: the first call connects the process";
        return result;
    }
    StepResult detach(const Step &) override {
        return not_expressible(Flavour::rtapi, "the user-mode calls have no detach");
    }

    StepResult create(const Step &step, Made &made) override {
        WideName name(step.name);
        if (StepResult no; !expressible(step, name, no)) return no;
        void *location = nullptr;
        api_.set_last_error(kSentinel);
        HANDLE handle = nullptr;
        switch (step.kind) {
            case ObjectKind::shared_memory:
                handle =
                    api_.RtCreateSharedMemory(step.protect, step.size_high, step.size_low,
                                              name.get(), step.null_location ? nullptr : &location);
                break;
            case ObjectKind::mutex:
                if (!api_.RtCreateMutex) return missing("RtCreateMutex");
                handle = api_.RtCreateMutex(nullptr, FALSE, name.get());
                break;
            case ObjectKind::event:
                if (!api_.RtCreateEvent) return missing("RtCreateEvent");
                handle = api_.RtCreateEvent(nullptr, TRUE, FALSE, name.get());
                break;
            case ObjectKind::semaphore:
                if (!api_.RtCreateSemaphore) return missing("RtCreateSemaphore");
                handle = api_.RtCreateSemaphore(nullptr, static_cast<LONG>(step.arg0),
                                                static_cast<LONG>(step.arg1), name.get());
                break;
        }
        const uint32_t error = api_.get_last_error();
        // Only a create defines the last error of a success (0, or
        // ERROR_ALREADY_EXISTS for an existing name).
        StepResult result = handle ? succeeded(error) : failed(error);
        if (handle && error == ERROR_ALREADY_EXISTS) result.status = STATUS_OBJECT_NAME_EXISTS;
        return made_by(result, handle, location, made);
    }

    StepResult open(const Step &step, Made &made) override {
        WideName name(step.name);
        if (StepResult no; !expressible(step, name, no)) return no;
        void *location = nullptr;
        const BOOL inherit = FALSE;
        api_.set_last_error(kSentinel);
        HANDLE handle = nullptr;
        switch (step.kind) {
            case ObjectKind::shared_memory:
                handle = api_.RtOpenSharedMemory(step.desired_access, inherit, name.get(),
                                                 step.null_location ? nullptr : &location);
                break;
            case ObjectKind::mutex:
                if (!api_.RtOpenMutex) return missing("RtOpenMutex");
                handle = api_.RtOpenMutex(step.desired_access, inherit, name.get());
                break;
            case ObjectKind::event:
                if (!api_.RtOpenEvent) return missing("RtOpenEvent");
                handle = api_.RtOpenEvent(step.desired_access, inherit, name.get());
                break;
            case ObjectKind::semaphore:
                if (!api_.RtOpenSemaphore) return missing("RtOpenSemaphore");
                handle = api_.RtOpenSemaphore(step.desired_access, inherit, name.get());
                break;
        }
        const uint32_t error = api_.get_last_error();
        StepResult result = handle ? succeeded(0) : failed(error);
        return made_by(result, handle, location, made);
    }

    StepResult close(const Step &step, uint64_t handle) override {
        if (step.raw_instance)
            return not_expressible(Flavour::rtapi, "the user-mode calls take no RtssInst");
        api_.set_last_error(kSentinel);
        const BOOL closed = api_.RtCloseHandle(as_handle(handle));
        const uint32_t error = api_.get_last_error();
        return closed ? succeeded(0) : failed(error);
    }

    StepResult unmap(const Step &step, void *address) override {
        if (step.raw_instance)
            return not_expressible(Flavour::rtapi, "the user-mode calls take no RtssInst");
        if (!api_.RtUnmapSharedMemory) return missing("RtUnmapSharedMemory");
        api_.set_last_error(kSentinel);
        const BOOL unmapped = api_.RtUnmapSharedMemory(address);
        const uint32_t error = api_.get_last_error();
        return unmapped ? succeeded(0) : failed(error);
    }

    bool release_view(void *location) override {
        return !api_.RtUnmapSharedMemory || api_.RtUnmapSharedMemory(location);
    }
    bool release_handle(uint64_t handle) override { return api_.RtCloseHandle(as_handle(handle)); }

  private:
    static StepResult succeeded(uint32_t code) {
        StepResult result;
        result.called = true;
        result.flavour = Flavour::rtapi;
        result.code = code;
        return result;
    }

    static StepResult failed(uint32_t error) {
        StepResult result = succeeded(error);
        result.status = status_of_failure(error);
        if (error == kSentinel)
            result.detail = "the call failed without setting the last error";
        else if (error == ERROR_SUCCESS)
            result.detail = "the call failed with last error 0";
        return result;
    }

    static StepResult missing(const char *name) {
        return not_called(std::string("the implementation does not export ") + name);
    }

    static bool expressible(const Step &step, const WideName &name, StepResult &no) {
        if (step.raw_instance) {
            no = not_expressible(Flavour::rtapi, "the user-mode calls take no RtssInst");
        } else if (step.null_handle_ptr) {
            no = not_expressible(Flavour::rtapi, "the user-mode calls return the handle");
        } else if (!name.inexpressible().empty()) {
            no = not_expressible(Flavour::rtapi, name.inexpressible());
        } else {
            return true;
        }
        return false;
    }

    static StepResult made_by(StepResult result, HANDLE handle, void *location, Made &made) {
        result.handle = reinterpret_cast<uintptr_t>(handle);
        result.location = reinterpret_cast<uintptr_t>(location);
        made = Made{result.handle, location};
        return result;
    }

    const RtApiTable &api_;
};

}  // namespace

std::unique_ptr<FlavourCalls> make_rtapi_calls(const RtApiTable &api) {
    return std::make_unique<RtApiCalls>(api);
}

}  // namespace rtkconf::peer
