#include "broker_watch.h"

#include <filesystem>
#include <fstream>
#include <string>

namespace rtkref_chaos {

pid_t find_broker(const std::string &runtime_dir) {
    std::error_code ec;
    // Processes come and go while /proc is listed: every step tolerates it.
    for (std::filesystem::directory_iterator it("/proc", ec), end; !ec && it != end;
         it.increment(ec)) {
        const std::string leaf = it->path().filename();
        if (leaf.find_first_not_of("0123456789") != std::string::npos) continue;
        // The whole file through the stream, not its buffer: a process that
        // exits meanwhile fails the read with ESRCH, which an
        // istreambuf_iterator throws (chaos.short aborted so once, in CI)
        // and getline reports as a bad read (as bench/measure.cpp reads it).
        std::ifstream file(it->path() / "cmdline");
        std::string cmdline;
        std::getline(file, cmdline, '\x7f');
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
