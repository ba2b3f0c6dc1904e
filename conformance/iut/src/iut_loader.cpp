#include <algorithm>
#include <cstring>
#include <utility>

#include "rtkconf/iut.h"
#include "rtkconf/platform/dynamic_library.h"

namespace rtkconf {

namespace {

constexpr const char *kCoreExports[] = {"RtkRtssAttach", "RtkRtssDetach", "RtkCreateSharedMemory",
                                        "RtkOpenSharedMemory", "RtkCloseHandle"};

// The optional calls rules may need, in the Rtk vocabulary, and what the
// user-mode flavour calls them ("" where it has no such call). The
// legacy flavour keeps the Rtk names for the calls it has.
struct OptionalCall {
    const char *rtk;
    const char *rtapi;
    bool in_legacy;
};
constexpr OptionalCall kOptionalCalls[] = {
    {"RtkRtssAttachEx", "", false},
    {"RtkUnMapSharedMemory", "RtUnmapSharedMemory", false},
    {"RtkCreateMutex", "RtCreateMutex", true},
    {"RtkOpenMutex", "RtOpenMutex", true},
    {"RtkReleaseMutex", "", false},
    {"RtkCreateEvent", "RtCreateEvent", true},
    {"RtkOpenEvent", "RtOpenEvent", true},
    {"RtkSetEvent", "", false},
    {"RtkResetEvent", "", false},
    {"RtkPulseEvent", "", false},
    {"RtkCreateSemaphore", "RtCreateSemaphore", true},
    {"RtkOpenSemaphore", "RtOpenSemaphore", true},
    {"RtkReleaseSemaphore", "", false},
    {"RtkWaitForSingleObject", "", false},
    {"RtkWaitForMultipleObjects", "", false},
};

// Resolves one export into its typed slot; returns whether it was found.
template <typename Fn>
bool resolve(void *library, const char *name, Fn &slot) {
    void *address = platform::find_symbol(library, name);
    // Object-to-function pointer conversion is conditionally supported;
    // memcpy is the form every compiler accepts without a warning.
    static_assert(sizeof(Fn) == sizeof(void *));
    std::memcpy(&slot, &address, sizeof slot);
    return address != nullptr;
}

void note(std::string &missing, const char *name) {
    missing += missing.empty() ? name : std::string(", ") + name;
}

#define RTKCONF_CORE(table, fn) \
    if (!resolve(native, #fn, table.fn)) note(missing, #fn);
#define RTKCONF_OPTIONAL(table, fn) resolve(native, #fn, table.fn);

void load_rtk(void *native, RtkApiTable &api, std::string &missing) {
    RTKCONF_CORE(api, RtkRtssAttach)
    RTKCONF_CORE(api, RtkRtssDetach)
    RTKCONF_CORE(api, RtkCreateSharedMemory)
    RTKCONF_CORE(api, RtkOpenSharedMemory)
    RTKCONF_CORE(api, RtkCloseHandle)
    RTKCONF_OPTIONAL(api, RtkRtssAttachEx)
    RTKCONF_OPTIONAL(api, RtkUnMapSharedMemory)
    RTKCONF_OPTIONAL(api, RtkCreateMutex)
    RTKCONF_OPTIONAL(api, RtkOpenMutex)
    RTKCONF_OPTIONAL(api, RtkReleaseMutex)
    RTKCONF_OPTIONAL(api, RtkCreateEvent)
    RTKCONF_OPTIONAL(api, RtkOpenEvent)
    RTKCONF_OPTIONAL(api, RtkSetEvent)
    RTKCONF_OPTIONAL(api, RtkResetEvent)
    RTKCONF_OPTIONAL(api, RtkPulseEvent)
    RTKCONF_OPTIONAL(api, RtkCreateSemaphore)
    RTKCONF_OPTIONAL(api, RtkOpenSemaphore)
    RTKCONF_OPTIONAL(api, RtkReleaseSemaphore)
    RTKCONF_OPTIONAL(api, RtkWaitForSingleObject)
    RTKCONF_OPTIONAL(api, RtkWaitForMultipleObjects)
}

void load_rtapi(void *native, RtApiTable &api, std::string &missing) {
    RTKCONF_CORE(api, RtCreateSharedMemory)
    RTKCONF_CORE(api, RtOpenSharedMemory)
    RTKCONF_CORE(api, RtCloseHandle)
    const bool has_get = resolve(native, "RtGetLastError", api.get_last_error);
    const bool has_set = resolve(native, "RtSetLastError", api.set_last_error);
    if (!has_get || !has_set) {
        const platform::LastErrorCalls system = platform::system_last_error();
        api.get_last_error = system.get;
        api.set_last_error = system.set;
        if (!api.get_last_error) note(missing, "RtGetLastError and RtSetLastError");
    }
    RTKCONF_OPTIONAL(api, RtUnmapSharedMemory)
    RTKCONF_OPTIONAL(api, RtCreateMutex)
    RTKCONF_OPTIONAL(api, RtOpenMutex)
    RTKCONF_OPTIONAL(api, RtCreateEvent)
    RTKCONF_OPTIONAL(api, RtOpenEvent)
    RTKCONF_OPTIONAL(api, RtCreateSemaphore)
    RTKCONF_OPTIONAL(api, RtOpenSemaphore)
}

void load_legacy(void *native, LegacyApiTable &api, std::string &missing) {
    RTKCONF_CORE(api, RtkRtssAttach)
    RTKCONF_CORE(api, RtkRtssDetach)
    RTKCONF_CORE(api, RtkCreateSharedMemory)
    RTKCONF_CORE(api, RtkOpenSharedMemory)
    RTKCONF_CORE(api, RtkCloseHandle)
    RTKCONF_OPTIONAL(api, RtkCreateMutex)
    RTKCONF_OPTIONAL(api, RtkOpenMutex)
    RTKCONF_OPTIONAL(api, RtkCreateEvent)
    RTKCONF_OPTIONAL(api, RtkOpenEvent)
    RTKCONF_OPTIONAL(api, RtkCreateSemaphore)
    RTKCONF_OPTIONAL(api, RtkOpenSemaphore)
}

#undef RTKCONF_CORE
#undef RTKCONF_OPTIONAL

}  // namespace

const char *const *core_export_names(std::size_t *count) {
    if (count != nullptr) *count = std::size(kCoreExports);
    return kCoreExports;
}

std::optional<std::string> symbol_in_flavour(std::string_view rtk_name, Flavour flavour) {
    for (const OptionalCall &call : kOptionalCalls) {
        if (rtk_name != call.rtk) continue;
        switch (flavour) {
            case Flavour::rtk:
                return std::string(call.rtk);
            case Flavour::rtapi:
                if (*call.rtapi == '\0') return std::nullopt;
                return std::string(call.rtapi);
            case Flavour::rtk_legacy:
                if (!call.in_legacy) return std::nullopt;
                return std::string(call.rtk);
        }
    }
    return std::string(rtk_name);
}

LoadedIut::LoadedIut(std::filesystem::path path, void *native, Flavour flavour)
    : path_(std::move(path)), native_(native), flavour_(flavour) {}

LoadedIut::~LoadedIut() {
    platform::close_library(native_);
}

std::vector<std::string> LoadedIut::missing_optional() const {
    std::vector<std::string> missing;
    for (const OptionalCall &call : kOptionalCalls) {
        const auto symbol = symbol_in_flavour(call.rtk, flavour_);
        if (symbol && platform::find_symbol(native_, symbol->c_str()) == nullptr)
            missing.push_back(call.rtk);
    }
    return missing;
}

struct IutLoader {
    static IutLoadResult load(const std::filesystem::path &path, Flavour flavour) {
        IutLoadResult result;
        const platform::LibraryOpen opened = platform::open_library(path);
        void *native = opened.handle;
        if (native == nullptr) {
            result.error = "cannot load implementation '" + path.string() + "': " + opened.error;
            return result;
        }
        std::unique_ptr<LoadedIut> loaded(new LoadedIut(path, native, flavour));
        std::string missing;
        switch (flavour) {
            case Flavour::rtk:
                load_rtk(native, loaded->api_, missing);
                break;
            case Flavour::rtapi:
                load_rtapi(native, loaded->rtapi_, missing);
                break;
            case Flavour::rtk_legacy:
                load_legacy(native, loaded->legacy_, missing);
                break;
        }
        if (!missing.empty()) {
            result.error = "implementation '" + path.string() + "' does not export the " +
                           flavour_name(flavour) + " core function(s) " + missing;
            return result;  // `loaded` unloads the library
        }
        result.library = std::move(loaded);
        return result;
    }
};

IutLoadResult load_iut(const std::filesystem::path &path, Flavour flavour) {
    try {
        return IutLoader::load(path, flavour);
    } catch (const std::exception &e) {  // allocation failure, path conversion
        IutLoadResult result;
        result.error = std::string("cannot load implementation: ") + e.what();
        return result;
    }
}

}  // namespace rtkconf
