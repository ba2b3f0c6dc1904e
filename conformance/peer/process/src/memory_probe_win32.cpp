#include <windows.h>
#include <psapi.h>

#include <vector>

#include "memory_probe.h"

namespace rtkconf::peer {

namespace {

bool is_writable_protection(DWORD protect) {
    constexpr DWORD kWritable =
        PAGE_READWRITE | PAGE_WRITECOPY | PAGE_EXECUTE_READWRITE | PAGE_EXECUTE_WRITECOPY;
    return (protect & kWritable) != 0 && (protect & PAGE_GUARD) == 0;
}

bool running_under_wine() {
    const HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll");
    return ntdll != nullptr && ::GetProcAddress(ntdll, "wine_get_version") != nullptr;
}

}  // namespace

bool range_is_mapped(const void *address, std::size_t length) {
    if (address == nullptr) return false;
    auto cursor = static_cast<const char *>(address);
    const char *end = cursor + (length == 0 ? 1 : length);
    while (cursor < end) {
        MEMORY_BASIC_INFORMATION info{};
        if (::VirtualQuery(cursor, &info, sizeof info) == 0 || info.State != MEM_COMMIT ||
            (info.Protect & (PAGE_NOACCESS | PAGE_GUARD)) != 0)
            return false;
        cursor = static_cast<const char *>(info.BaseAddress) + info.RegionSize;
    }
    return true;
}

Residency query_residency(const void *address, std::size_t length) {
    Residency result;
    SYSTEM_INFO system{};
    ::GetSystemInfo(&system);
    const auto page = static_cast<uintptr_t>(system.dwPageSize);
    const auto begin = reinterpret_cast<uintptr_t>(address) & ~(page - 1);
    const auto end = (reinterpret_cast<uintptr_t>(address) + length + page - 1) & ~(page - 1);
    std::vector<PSAPI_WORKING_SET_EX_INFORMATION> pages((end - begin) / page);
    for (std::size_t i = 0; i < pages.size(); ++i)
        pages[i].VirtualAddress = reinterpret_cast<void *>(begin + i * page);
    if (!::QueryWorkingSetEx(::GetCurrentProcess(), pages.data(),
                             static_cast<DWORD>(pages.size() * sizeof(pages[0])))) {
        result.error = "QueryWorkingSetEx failed, error " + std::to_string(::GetLastError());
        return result;
    }
    result.known = true;
    result.total = pages.size();
    result.locked = true;
    result.locked_known = !running_under_wine();
    for (const auto &info : pages) {
        result.resident += info.VirtualAttributes.Valid ? 1 : 0;
        result.locked = result.locked && info.VirtualAttributes.Locked;
    }
    return result;
}

WritableProbe probe_writable(void *address) {
    WritableProbe result;
    MEMORY_BASIC_INFORMATION info{};
    if (::VirtualQuery(address, &info, sizeof info) == 0 || info.State != MEM_COMMIT) {
        result.detail = "not mapped";
        return result;
    }
    result.known = true;
    result.writable = is_writable_protection(info.Protect);
    result.detail = result.writable ? "writable" : "not writable (page protection)";
    return result;
}

}  // namespace rtkconf::peer
