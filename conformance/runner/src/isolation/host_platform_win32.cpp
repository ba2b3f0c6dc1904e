#include <windows.h>

#include <vector>

#include "host_platform.h"

namespace rtkconf::runner {

std::filesystem::path self_executable() {
    std::vector<wchar_t> buffer(MAX_PATH);
    for (;;) {
        const DWORD n =
            ::GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
        if (n == 0) return "rtkconf.exe";
        if (n < buffer.size()) return std::filesystem::path(std::wstring(buffer.data(), n));
        buffer.resize(buffer.size() * 2);
    }
}

std::filesystem::path peer_executable(const std::filesystem::path &self) {
    return self.parent_path() / "rtkconf-peer.exe";
}

std::filesystem::path default_plugin_dir(const std::filesystem::path &self) {
    return self.parent_path() / "rtkconf-plugins";
}

std::string platform_name() {
    // Wine's ntdll exports wine_get_version; Windows' does not.
    HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll");
    const bool wine = ntdll && ::GetProcAddress(ntdll, "wine_get_version");
    return wine ? "windows-x86_64-wine" : "windows-x86_64";
}

unsigned long current_process_id() {
    return static_cast<unsigned long>(::GetCurrentProcessId());
}

}  // namespace rtkconf::runner
