#include "large_pages.h"

#include <windows.h>

#include <mutex>

namespace rtkref::win32_backend {
namespace {

// AdjustTokenPrivileges succeeds even when the token lacks the privilege;
// only ERROR_NOT_ALL_ASSIGNED afterwards tells that nothing was enabled.
bool enable_lock_memory_privilege() {
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_ADJUST_PRIVILEGES | TOKEN_QUERY, &token)) {
        return false;
    }
    TOKEN_PRIVILEGES wanted{};
    wanted.PrivilegeCount = 1;
    wanted.Privileges[0].Attributes = SE_PRIVILEGE_ENABLED;
    bool enabled = false;
    if (LookupPrivilegeValueW(nullptr, L"SeLockMemoryPrivilege", &wanted.Privileges[0].Luid)) {
        SetLastError(ERROR_SUCCESS);
        enabled = AdjustTokenPrivileges(token, FALSE, &wanted, 0, nullptr, nullptr) != 0 &&
                  GetLastError() != ERROR_NOT_ALL_ASSIGNED;
    }
    CloseHandle(token);
    return enabled;
}

}  // namespace

bool large_pages_usable(uint64_t size) {
    static std::once_flag once;
    static bool privileged = false;
    std::call_once(once, [] { privileged = enable_lock_memory_privilege(); });
    const SIZE_T large_page = GetLargePageMinimum();
    return privileged && large_page != 0 && size % large_page == 0;
}

}  // namespace rtkref::win32_backend
