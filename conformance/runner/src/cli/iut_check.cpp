#include "iut_check.h"

#include <utility>

#include "rtkconf/iut.h"

namespace rtkconf::runner {

IutCheck check_iut(const std::filesystem::path &path) {
    IutCheck check;
    const IutLoadResult loaded = load_iut(path);
    if (!loaded) {
        check.error = loaded.error;
        return check;
    }
    const RtkApiTable &api = loaded.library->api();
    const std::pair<const char *, bool> optional[] = {
        {"RtkRtssAttachEx", api.RtkRtssAttachEx != nullptr},
        {"RtkUnMapSharedMemory", api.RtkUnMapSharedMemory != nullptr},
        {"RtkCreateMutex", api.RtkCreateMutex != nullptr},
        {"RtkOpenMutex", api.RtkOpenMutex != nullptr},
        {"RtkReleaseMutex", api.RtkReleaseMutex != nullptr},
        {"RtkCreateEvent", api.RtkCreateEvent != nullptr},
        {"RtkOpenEvent", api.RtkOpenEvent != nullptr},
        {"RtkSetEvent", api.RtkSetEvent != nullptr},
        {"RtkResetEvent", api.RtkResetEvent != nullptr},
        {"RtkPulseEvent", api.RtkPulseEvent != nullptr},
        {"RtkCreateSemaphore", api.RtkCreateSemaphore != nullptr},
        {"RtkOpenSemaphore", api.RtkOpenSemaphore != nullptr},
        {"RtkReleaseSemaphore", api.RtkReleaseSemaphore != nullptr},
        {"RtkWaitForSingleObject", api.RtkWaitForSingleObject != nullptr},
        {"RtkWaitForMultipleObjects", api.RtkWaitForMultipleObjects != nullptr},
    };
    for (const auto &[name, present] : optional)
        if (!present) check.missing_optional.push_back(name);
    return check;
}

}  // namespace rtkconf::runner
