#include <sys/utsname.h>
#include <unistd.h>

#include <cctype>
#include <system_error>

#include "host_platform.h"

namespace rtkconf::runner {

std::filesystem::path self_executable() {
    std::error_code ec;
    auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path("rtkconf") : self;
}

std::filesystem::path peer_executable(const std::filesystem::path &self) {
    return self.parent_path() / "rtkconf-peer";
}

std::filesystem::path default_plugin_dir(const std::filesystem::path &self) {
    // The build tree keeps them in <build>/lib; an installed tree in its
    // libraries folder (lib/x86_64-linux-gnu under /usr), wherever the tree
    // was installed or moved to.
    const auto build_tree =
        (self.parent_path() / ".." / "lib" / "rtkconf-plugins").lexically_normal();
    const auto installed = (self.parent_path() / RTKCONF_PLUGIN_DIR_FROM_BIN).lexically_normal();
    std::error_code ec;
    return std::filesystem::is_directory(installed, ec) ? installed : build_tree;
}

std::string platform_name() {
    struct utsname u {};
    if (::uname(&u) != 0) return "posix";
    std::string os = u.sysname;
    for (char &c : os) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return os + "-" + u.machine;
}

unsigned long current_process_id() {
    return static_cast<unsigned long>(::getpid());
}

}  // namespace rtkconf::runner
