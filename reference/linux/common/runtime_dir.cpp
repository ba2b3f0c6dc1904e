#include "runtime_dir.h"

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

namespace rtkref::linux_backend {
namespace {

// The home directory the system has for the real user: $HOME is the
// caller's to set, and a set-user-ID program must not trust it.
std::string home_of_real_user() {
    std::string buffer(16384, '\0');
    passwd entry{};
    passwd *found = nullptr;
    if (getpwuid_r(getuid(), &entry, buffer.data(), buffer.size(), &found) != 0 || !found ||
        !found->pw_dir || found->pw_dir[0] != '/') {
        return {};
    }
    struct stat info {};
    if (stat(found->pw_dir, &info) != 0 || !S_ISDIR(info.st_mode) || info.st_uid != getuid()) {
        return {};
    }
    return found->pw_dir;
}

// secure_getenv: in a set-user-ID program these variables are ignored.
// Without XDG_RUNTIME_DIR the home directory is used, where no other user
// can create the directory first: a shared /tmp name could be taken by
// anyone and lock its user out. /tmp is the last resort only.
std::string default_dir() {
    if (const char *explicit_dir = secure_getenv("RTK_RUNTIME_DIR");
        explicit_dir && *explicit_dir) {
        return explicit_dir;
    }
    if (const char *xdg = secure_getenv("XDG_RUNTIME_DIR"); xdg && *xdg) {
        return std::string(xdg) + "/rtkref";
    }
    if (const std::string home = home_of_real_user(); !home.empty()) return home + "/.rtkref";
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
