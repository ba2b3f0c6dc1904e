#include "working_set.h"

#include <windows.h>

#include <mutex>

namespace rtkref::win32_backend {
namespace {

// Read-modify-write of a process-wide quota: one caller at a time.
std::mutex &quota_mutex() {
    static std::mutex *mutex = new std::mutex();  // never destroyed: used at exit
    return *mutex;
}

}  // namespace

NTSTATUS grow_working_set(std::size_t bytes) {
    std::lock_guard lock(quota_mutex());
    SIZE_T minimum = 0;
    SIZE_T maximum = 0;
    if (!GetProcessWorkingSetSize(GetCurrentProcess(), &minimum, &maximum)) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    // Whatever the reason for a refusal, the view cannot be locked (D9).
    if (!SetProcessWorkingSetSize(GetCurrentProcess(), minimum + bytes, maximum + bytes)) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    return STATUS_SUCCESS;
}

void shrink_working_set(std::size_t bytes) {
    std::lock_guard lock(quota_mutex());
    SIZE_T minimum = 0;
    SIZE_T maximum = 0;
    if (!GetProcessWorkingSetSize(GetCurrentProcess(), &minimum, &maximum)) return;
    if (minimum < bytes || maximum < bytes) return;
    SetProcessWorkingSetSize(GetCurrentProcess(), minimum - bytes, maximum - bytes);
}

}  // namespace rtkref::win32_backend
