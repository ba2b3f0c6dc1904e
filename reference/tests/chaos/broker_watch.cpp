#include "broker_watch.h"

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <string>

namespace rtkref_chaos {

namespace {

// The whole of a /proc file, or what could be read of it: a process that
// exits while it is read makes read() fail with ESRCH, which an ifstream
// reports by throwing (chaos.short aborted so once, in CI).
std::string read_proc_file(const std::filesystem::path &path) {
    std::string text;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return text;
    char chunk[4096];
    for (;;) {
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n <= 0) break;
        text.append(chunk, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return text;
}

}  // namespace

pid_t find_broker(const std::string &runtime_dir) {
    std::error_code ec;
    // Processes come and go while /proc is listed: every step tolerates it.
    for (std::filesystem::directory_iterator it("/proc", ec), end; !ec && it != end;
         it.increment(ec)) {
        const std::string leaf = it->path().filename();
        if (leaf.find_first_not_of("0123456789") != std::string::npos) continue;
        const std::string cmdline = read_proc_file(it->path() / "cmdline");
        // argv is NUL-separated: "...rtkref-broker\0--runtime-dir\0DIR\0"
        if (cmdline.find("rtkref-broker") == std::string::npos) continue;
        if (cmdline.find(std::string("--runtime-dir") + '\0' + runtime_dir + '\0') ==
            std::string::npos) {
            continue;
        }
        return static_cast<pid_t>(std::stol(leaf));
    }
    return -1;
}

BrokerHoldings holdings_of(pid_t broker) {
    BrokerHoldings held;
    std::error_code ec;
    const std::filesystem::path fds = "/proc/" + std::to_string(broker) + "/fd";
    for (std::filesystem::directory_iterator it(fds, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code link_ec;
        const std::string target = std::filesystem::read_symlink(it->path(), link_ec).string();
        if (target.rfind("/memfd:", 0) == 0) ++held.memfds;
        if (target.rfind("socket:", 0) == 0) ++held.sockets;
    }
    return held;
}

}  // namespace rtkref_chaos
