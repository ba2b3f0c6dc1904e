// The implementation under test, loaded by path: every export of
// rtk/RtkApi.h resolved into a table. Loading never throws; a failure is a
// value carrying a message that names the path or the missing symbol.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "rtk/RtkApi.h"

namespace rtkconf {

struct RtkApiTable {
    // Core: a library without any of these is not an implementation.
    decltype(&::RtkRtssAttach) RtkRtssAttach = nullptr;
    decltype(&::RtkRtssDetach) RtkRtssDetach = nullptr;
    decltype(&::RtkCreateSharedMemory) RtkCreateSharedMemory = nullptr;
    decltype(&::RtkOpenSharedMemory) RtkOpenSharedMemory = nullptr;
    decltype(&::RtkCloseHandle) RtkCloseHandle = nullptr;
    // Optional: nullptr when the library does not export them.
    decltype(&::RtkRtssAttachEx) RtkRtssAttachEx = nullptr;
    decltype(&::RtkUnMapSharedMemory) RtkUnMapSharedMemory = nullptr;
    decltype(&::RtkCreateMutex) RtkCreateMutex = nullptr;
    decltype(&::RtkOpenMutex) RtkOpenMutex = nullptr;
    decltype(&::RtkReleaseMutex) RtkReleaseMutex = nullptr;
    decltype(&::RtkCreateEvent) RtkCreateEvent = nullptr;
    decltype(&::RtkOpenEvent) RtkOpenEvent = nullptr;
    decltype(&::RtkSetEvent) RtkSetEvent = nullptr;
    decltype(&::RtkResetEvent) RtkResetEvent = nullptr;
    decltype(&::RtkPulseEvent) RtkPulseEvent = nullptr;
    decltype(&::RtkCreateSemaphore) RtkCreateSemaphore = nullptr;
    decltype(&::RtkOpenSemaphore) RtkOpenSemaphore = nullptr;
    decltype(&::RtkReleaseSemaphore) RtkReleaseSemaphore = nullptr;
    decltype(&::RtkWaitForSingleObject) RtkWaitForSingleObject = nullptr;
    decltype(&::RtkWaitForMultipleObjects) RtkWaitForMultipleObjects = nullptr;
};

// The loaded library. The table stays valid while this object lives; the
// library is unloaded when it is destroyed.
class LoadedIut {
  public:
    ~LoadedIut();
    LoadedIut(const LoadedIut &) = delete;
    LoadedIut &operator=(const LoadedIut &) = delete;

    const RtkApiTable &api() const { return api_; }
    const std::filesystem::path &path() const { return path_; }

  private:
    friend struct IutLoader;
    LoadedIut(std::filesystem::path path, void *native, const RtkApiTable &api);
    std::filesystem::path path_;
    void *native_;  // platform library handle
    RtkApiTable api_;
};

// Either a loaded library or the reason it could not be loaded.
struct IutLoadResult {
    std::unique_ptr<LoadedIut> library;  // null on failure
    std::string error;                   // empty on success
    explicit operator bool() const { return library != nullptr; }
};

IutLoadResult load_iut(const std::filesystem::path &path);

// Names of the exports a library must have, in a stable order.
const char *const *core_export_names(std::size_t *count);

}  // namespace rtkconf
