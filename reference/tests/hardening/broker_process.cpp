#include "broker_process.h"

#include <poll.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>

namespace rtkref_hardening {
namespace {

std::filesystem::path from_env_or(const char *variable, const char *fallback) {
    const char *value = std::getenv(variable);
    return value && *value ? std::filesystem::path(value) : std::filesystem::path(fallback);
}

bool accepts_connections(const std::filesystem::path &socket_path) {
    const int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, socket_path.c_str(), sizeof address.sun_path - 1);
    const bool ok = connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    close(fd);
    return ok;
}

}  // namespace

bool ended_within(pid_t pid, int timeout_ms) {
    const int fd = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
    if (fd < 0) return errno == ESRCH;
    pollfd entry{fd, POLLIN, 0};
    const int ready = poll(&entry, 1, timeout_ms);
    close(fd);
    return ready > 0;
}

PrivateDir::PrivateDir() {
    std::random_device entropy;
    for (int attempt = 0; attempt < 16; ++attempt) {
        char leaf[32];
        std::snprintf(leaf, sizeof leaf, "rtkhd-%08x", entropy());
        const auto dir = std::filesystem::temp_directory_path() / leaf;
        std::error_code ec;
        if (std::filesystem::create_directory(dir, ec)) {
            std::filesystem::permissions(dir, std::filesystem::perms::owner_all,
                                         std::filesystem::perm_options::replace);
            path_ = dir;
            return;
        }
    }
    throw std::runtime_error("cannot create a private runtime directory");
}

PrivateDir::~PrivateDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

std::vector<std::pair<std::string, std::string>> client_environment(const PrivateDir &dir) {
    return {{"RTK_RUNTIME_DIR", dir.path().string()}};
}

std::filesystem::path broker_executable() {
    return from_env_or("RTKREF_HARDENING_BROKER", RTKREF_BROKER_PATH);
}

std::filesystem::path library_path() {
    return from_env_or("RTKREF_HARDENING_IMPL", RTKREF_LIBRARY_PATH);
}

BrokerProcess::BrokerProcess(const PrivateDir &dir, int idle_ms,
                             const std::function<void()> &inherit) {
    const std::string executable = broker_executable().string();
    const std::string runtime = dir.path().string();
    const std::string idle = std::to_string(idle_ms);
    pid_ = fork();
    if (pid_ == 0) {
        inherit();
        execl(executable.c_str(), executable.c_str(), "--foreground", "--runtime-dir",
              runtime.c_str(), "--idle-ms", idle.c_str(), static_cast<char *>(nullptr));
        _exit(127);
    }
    for (int i = 0; i < 500 && pid_ > 0; ++i) {
        if (accepts_connections(dir.socket())) {
            listening_ = true;
            return;
        }
        if (!alive()) return;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

BrokerProcess::~BrokerProcess() {
    if (pid_ <= 0 || reaped_) return;
    kill(pid_, SIGCONT);
    kill(pid_, SIGKILL);
    waitpid(pid_, &wait_status_, 0);
}

bool BrokerProcess::alive() {
    if (reaped_) return false;
    if (waitpid(pid_, &wait_status_, WNOHANG) == pid_) reaped_ = true;
    return !reaped_;
}

bool BrokerProcess::wait_exit(int timeout_ms) {
    if (reaped_) return true;
    ended_within(pid_, timeout_ms);
    return !alive();
}

double BrokerProcess::cpu_seconds() const {
    std::ifstream stat("/proc/" + std::to_string(pid_) + "/stat");
    std::string line;
    std::getline(stat, line);
    // Fields after the command name, which ends at the last ')'.
    std::istringstream rest(line.substr(line.rfind(')') + 2));
    std::string field;
    unsigned long long utime = 0, stime = 0;
    for (int index = 3; rest >> field; ++index) {
        if (index == 14) utime = std::stoull(field);
        if (index == 15) {
            stime = std::stoull(field);
            break;
        }
    }
    return static_cast<double>(utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

}  // namespace rtkref_hardening
