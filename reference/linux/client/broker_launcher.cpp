#include "broker_launcher.h"

#include <dlfcn.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

extern char **environ;

namespace rtkref::linux_backend {
namespace {

std::filesystem::path this_library_dir() {
    Dl_info info{};
    if (dladdr(reinterpret_cast<void *>(&broker_executable), &info) == 0 || !info.dli_fname) {
        return {};
    }
    return std::filesystem::path(info.dli_fname).parent_path();
}

}  // namespace

bool may_start_broker() {
    return getuid() == geteuid() && getgid() == getegid();
}

std::string broker_executable() {
    if (const char *explicit_path = secure_getenv("RTK_BROKER"); explicit_path && *explicit_path) {
        return explicit_path;
    }
    const std::filesystem::path dir = this_library_dir();
    // The build tree's bin/, an installed tree's (lib/x86_64-linux-gnu
    // under /usr is two levels down), or beside the library.
    for (const auto &candidate : {dir / ".." / "bin" / "rtkref-broker",
                                  dir / RTKREF_BROKER_FROM_LIBDIR, dir / "rtkref-broker"}) {
        if (access(candidate.c_str(), X_OK) == 0) return candidate.lexically_normal().string();
    }
    return (dir / ".." / "bin" / "rtkref-broker").lexically_normal().string();
}

std::string start_broker(const std::string &executable, const std::string &runtime_dir) {
    std::string dir_arg = runtime_dir;
    std::string exe_arg = executable;
    char flag[] = "--runtime-dir";
    char *argv[] = {exe_arg.data(), flag, dir_arg.data(), nullptr};
    pid_t pid = 0;
    if (int error = posix_spawn(&pid, executable.c_str(), nullptr, nullptr, argv, environ)) {
        return "cannot start broker " + executable + ": " + std::strerror(error) +
               " (build it, or set RTK_BROKER to its path)";
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        return "broker " + executable + " failed to start (exit status " +
               std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status)) +
               "); run it with --foreground to see why";
    }
    return {};
}

}  // namespace rtkref::linux_backend
