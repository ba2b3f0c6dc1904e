// The rtk-legacy flavour: the older Rtk shape of RtkLegacyApi.h, a handle
// or BOOL plus an error code written through pErrorCode. pErrorCode is set
// to a sentinel before each call, so one the call left alone shows.
#include "attachment.h"
#include "flavour_calls.h"
#include "name_arg_buffer.h"

namespace rtkconf::peer {
namespace {

constexpr ULONG kSentinel = kUntouchedCode;

HANDLE as_handle(uint64_t value) {
    return reinterpret_cast<HANDLE>(static_cast<uintptr_t>(value));
}

// The suite's reading of a failure: no page says in which vocabulary the
// code is, so an NT error status is taken as the status, anything else as
// STATUS_UNSUCCESSFUL (the evidence keeps the value).
StepResult answered(bool ok, ULONG code, bool code_passed) {
    StepResult result;
    result.called = true;
    result.flavour = Flavour::rtk_legacy;
    result.code = code;
    if (!ok) {
        result.status =
            (code & 0xC0000000u) == 0xC0000000u ? static_cast<NTSTATUS>(code) : STATUS_UNSUCCESSFUL;
    }
    if (!code_passed)
        result.detail = "pErrorCode was NULL";
    else if (code == kSentinel)
        result.detail = "the call left pErrorCode untouched";
    return result;
}

// What a create and an open pass besides the kind's own arguments: the
// name as asked (possibly malformed), where the error code lands (or NULL
// when the step asks for NULL), where the Location lands, and the
// instance.
struct CallArgs {
    NameArgBuffer name;
    ULONG code = kSentinel;
    ULONG *code_ptr;
    void *location = nullptr;
    RTSSINST instance;
    CallArgs(const Step &step, Attachment &attachment)
        : name(step.name),
          code_ptr(step.null_error_code ? nullptr : &code),
          instance(attachment.instance_for(step)) {}
    CallArgs(const CallArgs &) = delete;
    CallArgs &operator=(const CallArgs &) = delete;
};

class LegacyCalls final : public FlavourCalls {
  public:
    explicit LegacyCalls(const LegacyApiTable &api)
        : api_(api),
          attachment_(Flavour::rtk_legacy, api.RtkRtssAttach, nullptr, api.RtkRtssDetach) {}

    StepResult attach(const Step &step) override { return attachment_.attach(step); }
    StepResult detach(const Step &step) override { return attachment_.detach(step); }
    bool detached() const override { return attachment_.detached(); }

    StepResult create(const Step &step, Made &made) override {
        if (step.null_handle_ptr)
            return not_expressible(Flavour::rtk_legacy, "the legacy calls return the handle");
        CallArgs args(step, attachment_);
        auto &[name, code, code_ptr, location, instance] = args;
        HANDLE handle = nullptr;
        switch (step.kind) {
            case ObjectKind::shared_memory:
                handle = api_.RtkCreateSharedMemory(instance, code_ptr, step.protect,
                                                    step.size_high, step.size_low, name.get(),
                                                    step.null_location ? nullptr : &location);
                break;
            case ObjectKind::mutex:
                if (!api_.RtkCreateMutex) return missing("RtkCreateMutex");
                handle = api_.RtkCreateMutex(instance, code_ptr, nullptr, FALSE, name.get());
                break;
            case ObjectKind::event:
                if (!api_.RtkCreateEvent) return missing("RtkCreateEvent");
                handle = api_.RtkCreateEvent(instance, code_ptr, nullptr, TRUE, FALSE, name.get());
                break;
            case ObjectKind::semaphore:
                if (!api_.RtkCreateSemaphore) return missing("RtkCreateSemaphore");
                handle = api_.RtkCreateSemaphore(instance, code_ptr, nullptr,
                                                 static_cast<LONG>(step.arg0),
                                                 static_cast<LONG>(step.arg1), name.get());
                break;
        }
        return made_by(answered(handle != nullptr, code, code_ptr), handle, location, made);
    }

    StepResult open(const Step &step, Made &made) override {
        if (step.null_handle_ptr)
            return not_expressible(Flavour::rtk_legacy, "the legacy calls return the handle");
        CallArgs args(step, attachment_);
        auto &[name, code, code_ptr, location, instance] = args;
        const BOOL inherit = FALSE;
        HANDLE handle = nullptr;
        switch (step.kind) {
            case ObjectKind::shared_memory:
                handle =
                    api_.RtkOpenSharedMemory(instance, code_ptr, step.desired_access, inherit,
                                             name.get(), step.null_location ? nullptr : &location);
                break;
            case ObjectKind::mutex:
                if (!api_.RtkOpenMutex) return missing("RtkOpenMutex");
                handle =
                    api_.RtkOpenMutex(instance, code_ptr, step.desired_access, inherit, name.get());
                break;
            case ObjectKind::event:
                if (!api_.RtkOpenEvent) return missing("RtkOpenEvent");
                handle =
                    api_.RtkOpenEvent(instance, code_ptr, step.desired_access, inherit, name.get());
                break;
            case ObjectKind::semaphore:
                if (!api_.RtkOpenSemaphore) return missing("RtkOpenSemaphore");
                handle = api_.RtkOpenSemaphore(instance, code_ptr, step.desired_access, inherit,
                                               name.get());
                break;
        }
        return made_by(answered(handle != nullptr, code, code_ptr), handle, location, made);
    }

    StepResult close(const Step &step, uint64_t handle) override {
        ULONG code = kSentinel;
        ULONG *code_ptr = step.null_error_code ? nullptr : &code;
        const BOOL closed =
            api_.RtkCloseHandle(attachment_.instance_for(step), code_ptr, as_handle(handle));
        return answered(closed != FALSE, code, code_ptr);
    }

    // The legacy calls unmap nothing themselves: the view goes with its
    // handle's close (D5), so a test's unmap before a close changes nothing.
    StepResult unmap(const Step &, void *) override {
        StepResult result = answered(true, 0, true);
        result.detail = "no unmap call in rtk-legacy: the view stays until the close";
        return result;
    }

    bool release_view(void *) override { return true; }
    bool release_handle(uint64_t handle) override {
        return api_.RtkCloseHandle(attachment_.instance(), nullptr, as_handle(handle)) != FALSE;
    }

  private:
    static StepResult missing(const char *name) {
        return not_called(std::string("the implementation does not export ") + name);
    }

    static StepResult made_by(StepResult result, HANDLE handle, void *location, Made &made) {
        result.handle = reinterpret_cast<uintptr_t>(handle);
        result.location = reinterpret_cast<uintptr_t>(location);
        made = Made{result.handle, location};
        return result;
    }

    const LegacyApiTable &api_;
    Attachment attachment_;
};

}  // namespace

std::unique_ptr<FlavourCalls> make_legacy_calls(const LegacyApiTable &api) {
    return std::make_unique<LegacyCalls>(api);
}

}  // namespace rtkconf::peer
