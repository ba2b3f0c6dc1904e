// The implementation under test, loaded by path in one flavour: every
// export that flavour calls resolved into a table. Loading never throws;
// a failure is a value carrying a message that names the path or the
// missing symbol.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rtk/RtApi.h"
#include "rtk/RtkApi.h"
#include "rtkconf/flavour.h"
#include "rtkconf/legacy_table.h"

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

// The user-mode calls (flavour rtapi).
struct RtApiTable {
    // Core.
    decltype(&::RtCreateSharedMemory) RtCreateSharedMemory = nullptr;
    decltype(&::RtOpenSharedMemory) RtOpenSharedMemory = nullptr;
    decltype(&::RtCloseHandle) RtCloseHandle = nullptr;
    // The thread's last error: the library's RtGetLastError and
    // RtSetLastError, else the platform's own (Windows). Core too: without
    // it a failure has no reason.
    uint32_t (*get_last_error)() = nullptr;
    void (*set_last_error)(uint32_t) = nullptr;
    // Optional.
    decltype(&::RtUnmapSharedMemory) RtUnmapSharedMemory = nullptr;
    decltype(&::RtCreateMutex) RtCreateMutex = nullptr;
    decltype(&::RtOpenMutex) RtOpenMutex = nullptr;
    decltype(&::RtCreateEvent) RtCreateEvent = nullptr;
    decltype(&::RtOpenEvent) RtOpenEvent = nullptr;
    decltype(&::RtCreateSemaphore) RtCreateSemaphore = nullptr;
    decltype(&::RtOpenSemaphore) RtOpenSemaphore = nullptr;
};

// The loaded library. The tables stay valid while this object lives; the
// library is unloaded when it is destroyed. Only the table of the
// flavour it was loaded in is filled.
class LoadedIut {
  public:
    ~LoadedIut();
    LoadedIut(const LoadedIut &) = delete;
    LoadedIut &operator=(const LoadedIut &) = delete;

    Flavour flavour() const { return flavour_; }
    const RtkApiTable &api() const { return api_; }
    const RtApiTable &rtapi() const { return rtapi_; }
    const LegacyApiTable &legacy() const { return legacy_; }
    const std::filesystem::path &path() const { return path_; }

    // The optional calls the rules name (in the Rtk vocabulary of their
    // needs_exports: "RtkCreateMutex") whose export in this flavour the
    // library lacks. A call the flavour does not have at all is not
    // listed: rules that need it do not apply to the flavour.
    std::vector<std::string> missing_optional() const;

  private:
    friend struct IutLoader;
    LoadedIut(std::filesystem::path path, void *native, Flavour flavour);
    std::filesystem::path path_;
    void *native_;  // platform library handle
    Flavour flavour_;
    RtkApiTable api_;
    RtApiTable rtapi_;
    LegacyApiTable legacy_;
};

// Either a loaded library or the reason it could not be loaded.
struct IutLoadResult {
    std::unique_ptr<LoadedIut> library;  // null on failure
    std::string error;                   // empty on success
    explicit operator bool() const { return library != nullptr; }
};

IutLoadResult load_iut(const std::filesystem::path &path, Flavour flavour = Flavour::rtk);

// Names of the exports a library must have in the rtk flavour, in a
// stable order.
const char *const *core_export_names(std::size_t *count);

// The symbol a flavour calls for a call named in the Rtk vocabulary
// ("RtkCreateMutex" -> "RtCreateMutex" in rtapi); nullopt when the
// flavour has no such call.
std::optional<std::string> symbol_in_flavour(std::string_view rtk_name, Flavour flavour);

}  // namespace rtkconf
