#include "runtime_dir.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace rtkref::linux_backend {
namespace {

std::string default_dir() {
    if (const char *explicit_dir = std::getenv("RTK_RUNTIME_DIR"); explicit_dir && *explicit_dir) {
        return explicit_dir;
    }
    if (const char *xdg = std::getenv("XDG_RUNTIME_DIR"); xdg && *xdg) {
        return std::string(xdg) + "/rtkref";
    }
    return "/tmp/rtkref-" + std::to_string(getuid());
}

}  // namespace

RuntimeDir resolve_runtime_dir() {
    RuntimeDir result;
    const std::string dir = default_dir();
    if (mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) {
        result.error = "cannot create runtime directory " + dir + ": " + std::strerror(errno) +
                       " (set RTK_RUNTIME_DIR to a writable directory)";
        return result;
    }
    struct stat info {};
    if (lstat(dir.c_str(), &info) != 0 || !S_ISDIR(info.st_mode)) {
        result.error = "runtime directory " + dir + " is not a directory";
        return result;
    }
    if (info.st_uid != getuid() || (info.st_mode & 077) != 0) {
        result.error = "runtime directory " + dir +
                       " must be owned by this user with mode 0700 (fix it or set RTK_RUNTIME_DIR)";
        return result;
    }
    result.path = dir;
    return result;
}

std::string socket_path(const std::string &dir) {
    return dir + "/broker.sock";
}
std::string lock_path(const std::string &dir) {
    return dir + "/broker.lock";
}

}  // namespace rtkref::linux_backend
