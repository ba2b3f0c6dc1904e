#include <windows.h>

#include <cstdio>
#include <string>

#include "agent_channel.h"

namespace rtkconf::peer {
namespace {

std::string error_text(const char *what) {
    return std::string(what) + " failed, error " + std::to_string(::GetLastError());
}

bool write_all(HANDLE handle, const unsigned char *data, std::size_t size) {
    while (size > 0) {
        DWORD written = 0;
        if (!::WriteFile(handle, data, static_cast<DWORD>(size), &written, nullptr) || written == 0)
            return false;
        data += written;
        size -= written;
    }
    return true;
}

bool read_all(HANDLE handle, unsigned char *data, std::size_t size) {
    while (size > 0) {
        DWORD read = 0;
        if (!::ReadFile(handle, data, static_cast<DWORD>(size), &read, nullptr) || read == 0)
            return false;
        data += read;
        size -= read;
    }
    return true;
}

class LoopbackHost : public AgentChannel {
  public:
    LoopbackHost(HANDLE process, HANDLE to_host, HANDLE from_host)
        : process_(process), to_host_(to_host), from_host_(from_host) {}
    ~LoopbackHost() override {
        // Closing its input ends the host's session; it exits by itself.
        ::CloseHandle(to_host_);
        ::CloseHandle(from_host_);
        ::CloseHandle(process_);
    }

    Outcome exchange(const std::vector<unsigned char> &request,
                     unsigned char (&reply)[RTKCONF_AGENT_REPLY_SIZE],
                     std::string &error) override {
        if (!write_all(to_host_, request.data(), request.size()) ||
            !read_all(from_host_, reply, sizeof reply)) {
            ::WaitForSingleObject(process_, 5000);
            DWORD code = 0;
            ::GetExitCodeProcess(process_, &code);
            error = "the agent host ended during the step: exit code 0x" + hex(code);
            return Outcome::agent_died;
        }
        return Outcome::answered;
    }

  private:
    static std::string hex(DWORD value) {
        char text[16];
        std::snprintf(text, sizeof text, "%08lX", static_cast<unsigned long>(value));
        return text;
    }

    HANDLE process_, to_host_, from_host_;
};

class Device : public AgentChannel {
  public:
    explicit Device(HANDLE device) : device_(device) {}
    ~Device() override { ::CloseHandle(device_); }  // IRP_MJ_CLEANUP: the session ends

    Outcome exchange(const std::vector<unsigned char> &request,
                     unsigned char (&reply)[RTKCONF_AGENT_REPLY_SIZE],
                     std::string &error) override {
        // The input buffer is only read; the cast is DeviceIoControl's signature.
        DWORD returned = 0;
        if (!::DeviceIoControl(
                device_, RTKCONF_AGENT_IOCTL_STEP, const_cast<unsigned char *>(request.data()),
                static_cast<DWORD>(request.size()), reply, sizeof reply, &returned, nullptr)) {
            error = error_text("DeviceIoControl(IOCTL_RTKCONF_AGENT_STEP)");
            return Outcome::failed;
        }
        if (returned != sizeof reply) {
            error = "the agent driver returned " + std::to_string(returned) + " bytes, not a reply";
            return Outcome::failed;
        }
        return Outcome::answered;
    }

  private:
    HANDLE device_;
};

std::wstring widen(const std::string &text) {
    const int n = ::MultiByteToWideChar(CP_UTF8, 0, text.c_str(), -1, nullptr, 0);
    std::wstring wide(n > 0 ? static_cast<std::size_t>(n) : 1u, L'\0');
    if (n > 0) ::MultiByteToWideChar(CP_UTF8, 0, text.c_str(), -1, wide.data(), n);
    wide.resize(wide.size() - 1);
    return wide;
}

// One argument as CommandLineToArgvW reads it back.
std::wstring quoted(const std::wstring &arg) {
    if (!arg.empty() && arg.find_first_of(L" \t\"") == std::wstring::npos) return arg;
    std::wstring out = L"\"";
    std::size_t backslashes = 0;
    for (wchar_t c : arg) {
        if (c == L'\\') {
            ++backslashes;
            continue;
        }
        out.append(c == L'"' ? 2 * backslashes + 1 : backslashes, L'\\');
        backslashes = 0;
        out += c;
    }
    out.append(2 * backslashes, L'\\');
    return out + L"\"";
}

}  // namespace

std::unique_ptr<AgentChannel> start_loopback_host(const std::vector<std::string> &command,
                                                  std::string &error) {
    SECURITY_ATTRIBUTES inherit{sizeof inherit, nullptr, TRUE};
    HANDLE child_in = nullptr, to_host = nullptr, from_host = nullptr, child_out = nullptr;
    // Room for a whole request: a step is one write, not sixteen handovers.
    constexpr DWORD kPipeBytes = 2 * RTKCONF_AGENT_REQUEST_SIZE;
    if (!::CreatePipe(&child_in, &to_host, &inherit, kPipeBytes) ||
        !::CreatePipe(&from_host, &child_out, &inherit, 0)) {
        error = error_text("CreatePipe");
        return nullptr;
    }
    // Our ends stay here.
    ::SetHandleInformation(to_host, HANDLE_FLAG_INHERIT, 0);
    ::SetHandleInformation(from_host, HANDLE_FLAG_INHERIT, 0);
    std::wstring line;
    for (const std::string &arg : command) line += (line.empty() ? L"" : L" ") + quoted(widen(arg));
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = child_in;
    startup.hStdOutput = child_out;
    startup.hStdError = ::GetStdHandle(STD_ERROR_HANDLE);
    PROCESS_INFORMATION process{};
    const BOOL started = ::CreateProcessW(nullptr, line.data(), nullptr, nullptr, TRUE, 0, nullptr,
                                          nullptr, &startup, &process);
    const DWORD start_error = ::GetLastError();
    ::CloseHandle(child_in);
    ::CloseHandle(child_out);
    if (!started) {
        error = "cannot start " + command[0] + ", error " + std::to_string(start_error);
        ::CloseHandle(to_host);
        ::CloseHandle(from_host);
        return nullptr;
    }
    ::CloseHandle(process.hThread);
    return std::make_unique<LoopbackHost>(process.hProcess, to_host, from_host);
}

std::unique_ptr<AgentChannel> open_agent_device(const std::string &path, std::string &error) {
    const HANDLE device = ::CreateFileW(widen(path).c_str(), GENERIC_READ | GENERIC_WRITE, 0,
                                        nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (device == INVALID_HANDLE_VALUE) {
        error = error_text(("CreateFile(" + path + ")").c_str()) +
                " (is the RtkConfAgent driver started, and is this an elevated prompt?)";
        return nullptr;
    }
    return std::make_unique<Device>(device);
}

}  // namespace rtkconf::peer
