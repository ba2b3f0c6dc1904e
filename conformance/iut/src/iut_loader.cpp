#include <cstring>
#include <utility>

#include "rtkconf/iut.h"
#include "rtkconf/platform/dynamic_library.h"

namespace rtkconf {

namespace {

constexpr const char *kCoreExports[] = {"RtkRtssAttach", "RtkRtssDetach", "RtkCreateSharedMemory",
                                        "RtkOpenSharedMemory", "RtkCloseHandle"};

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

}  // namespace

const char *const *core_export_names(std::size_t *count) {
    if (count != nullptr) *count = std::size(kCoreExports);
    return kCoreExports;
}

LoadedIut::LoadedIut(std::filesystem::path path, void *native, const RtkApiTable &api)
    : path_(std::move(path)), native_(native), api_(api) {}

LoadedIut::~LoadedIut() {
    platform::close_library(native_);
}

struct IutLoader {
    static IutLoadResult load(const std::filesystem::path &path) {
        IutLoadResult result;
        const platform::LibraryOpen opened = platform::open_library(path);
        void *native = opened.handle;
        if (native == nullptr) {
            result.error = "cannot load implementation '" + path.string() + "': " + opened.error;
            return result;
        }
        RtkApiTable api;
        std::string missing;
#define RTKCONF_CORE(fn)                             \
    if (!resolve(native, #fn, api.fn)) {             \
        missing += missing.empty() ? #fn : ", " #fn; \
    }
        RTKCONF_CORE(RtkRtssAttach)
        RTKCONF_CORE(RtkRtssDetach)
        RTKCONF_CORE(RtkCreateSharedMemory)
        RTKCONF_CORE(RtkOpenSharedMemory)
        RTKCONF_CORE(RtkCloseHandle)
#undef RTKCONF_CORE
        if (!missing.empty()) {
            platform::close_library(native);
            result.error = "implementation '" + path.string() +
                           "' does not export the core function(s) " + missing;
            return result;
        }
#define RTKCONF_OPTIONAL(fn) resolve(native, #fn, api.fn);
        RTKCONF_OPTIONAL(RtkRtssAttachEx)
        RTKCONF_OPTIONAL(RtkUnMapSharedMemory)
        RTKCONF_OPTIONAL(RtkCreateMutex)
        RTKCONF_OPTIONAL(RtkOpenMutex)
        RTKCONF_OPTIONAL(RtkReleaseMutex)
        RTKCONF_OPTIONAL(RtkCreateEvent)
        RTKCONF_OPTIONAL(RtkOpenEvent)
        RTKCONF_OPTIONAL(RtkSetEvent)
        RTKCONF_OPTIONAL(RtkResetEvent)
        RTKCONF_OPTIONAL(RtkPulseEvent)
        RTKCONF_OPTIONAL(RtkCreateSemaphore)
        RTKCONF_OPTIONAL(RtkOpenSemaphore)
        RTKCONF_OPTIONAL(RtkReleaseSemaphore)
        RTKCONF_OPTIONAL(RtkWaitForSingleObject)
        RTKCONF_OPTIONAL(RtkWaitForMultipleObjects)
#undef RTKCONF_OPTIONAL
        result.library.reset(new LoadedIut(path, native, api));
        return result;
    }
};

IutLoadResult load_iut(const std::filesystem::path &path) {
    try {
        return IutLoader::load(path);
    } catch (const std::exception &e) {  // allocation failure, path conversion
        IutLoadResult result;
        result.error = std::string("cannot load implementation: ") + e.what();
        return result;
    }
}

}  // namespace rtkconf
