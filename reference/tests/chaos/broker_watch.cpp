#include "broker_watch.h"

#include <filesystem>
#include <fstream>
#include <string>

namespace rtkref_chaos {

pid_t find_broker(const std::string &runtime_dir) {
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator("/proc", ec)) {
        const std::string leaf = entry.path().filename();
        if (leaf.find_first_not_of("0123456789") != std::string::npos) continue;
        std::ifstream file(entry.path() / "cmdline");
        std::string cmdline((std::istreambuf_iterator<char>(file)), {});
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
    for (const auto &entry : std::filesystem::directory_iterator(fds, ec)) {
        const std::string target = std::filesystem::read_symlink(entry.path(), ec).string();
        if (target.rfind("/memfd:", 0) == 0) ++held.memfds;
        if (target.rfind("socket:", 0) == 0) ++held.sockets;
    }
    return held;
}

}  // namespace rtkref_chaos
