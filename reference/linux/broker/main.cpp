// rtkref-broker: owns one user's namespace of Rtk objects. Started by the
// first RtkRtssAttach when none runs; exits when idle. Usage:
//   rtkref-broker [--foreground] [--runtime-dir DIR] [--idle-ms N]
#include <fcntl.h>
#include <sys/random.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>

#include "clean_start.h"
#include "listener.h"
#include "runtime_dir.h"
#include "server.h"

namespace {

void usage() {
    std::fprintf(stderr,
                 "usage: rtkref-broker [--foreground] [--runtime-dir DIR] [--idle-ms N]\n"
                 "Owns the namespace of the Rtk reference implementation. The first\n"
                 "RtkRtssAttach starts it; there is normally no need to run it by hand.\n"
                 "DIR defaults to $RTK_RUNTIME_DIR, else $XDG_RUNTIME_DIR/rtkref,\n"
                 "else /tmp/rtkref-<uid>. Exit status: 0 served or another broker runs,\n"
                 "1 could not start, 2 usage.\n");
}

// Detach from the starter: it waits for this first process, which exits as
// soon as the socket listens, so a connect right after cannot miss.
void daemonize() {
    if (pid_t child = fork(); child != 0) _exit(child < 0 ? 1 : 0);
    setsid();
    if (chdir("/") != 0) _exit(1);
    const int null_fd = open("/dev/null", O_RDWR);
    if (null_fd >= 0) {
        dup2(null_fd, STDIN_FILENO);
        dup2(null_fd, STDOUT_FILENO);
        dup2(null_fd, STDERR_FILENO);
        if (null_fd > STDERR_FILENO) close(null_fd);
    }
}

}  // namespace

int main(int argc, char **argv) {
    // Whatever the starter left open (a test's pipes, say) must not be held
    // by a daemon that outlives it.
    close_range(STDERR_FILENO + 1, ~0U, 0);
    rtkref::linux_backend::reset_inherited_state();
    bool foreground = false;
    rtkref::linux_backend::ServerOptions options;
    if (const char *idle = secure_getenv("RTK_BROKER_IDLE_MS")) {
        options.idle_exit = std::chrono::milliseconds(std::atol(idle));
    }
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--foreground") {
            foreground = true;
        } else if (arg == "--runtime-dir" && i + 1 < argc) {
            setenv("RTK_RUNTIME_DIR", argv[++i], 1);
        } else if (arg == "--idle-ms" && i + 1 < argc) {
            options.idle_exit = std::chrono::milliseconds(std::atol(argv[++i]));
        } else {
            usage();
            return arg == "--help" || arg == "-h" ? 0 : 2;
        }
    }
    const auto dir = rtkref::linux_backend::resolve_runtime_dir();
    if (dir.path.empty()) {
        std::fprintf(stderr, "rtkref-broker: %s\n", dir.error.c_str());
        return 1;
    }
    const auto listener = rtkref::linux_backend::open_listener(dir.path);
    if (listener.already_running) return 0;
    if (!listener.error.empty()) {
        std::fprintf(stderr, "rtkref-broker: %s\n", listener.error.c_str());
        return 1;
    }
    if (!foreground) daemonize();
    options.listen_fd = listener.listen_fd;
    options.lock_fd = listener.lock_fd;
    // Any value a previous broker of this directory is unlikely to have had.
    if (getrandom(&options.epoch, sizeof options.epoch, 0) != sizeof options.epoch) {
        options.epoch =
            static_cast<uint64_t>(getpid()) << 32 ^ static_cast<uint64_t>(time(nullptr));
    }
    return rtkref::linux_backend::run_server(options);
}
