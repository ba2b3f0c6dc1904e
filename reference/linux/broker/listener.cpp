#include "listener.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "runtime_dir.h"

namespace rtkref::linux_backend {

Listener open_listener(const std::string &runtime_dir) {
    Listener result;
    const std::string lock_file = lock_path(runtime_dir);
    result.lock_fd = open(lock_file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (result.lock_fd < 0) {
        result.error = "cannot open " + lock_file + ": " + std::strerror(errno);
        return result;
    }
    if (flock(result.lock_fd, LOCK_EX | LOCK_NB) != 0) {
        close(result.lock_fd);
        result.lock_fd = -1;
        result.already_running = errno == EWOULDBLOCK;
        if (!result.already_running) result.error = "cannot lock " + lock_file;
        return result;
    }
    const std::string path = socket_path(runtime_dir);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.size() >= sizeof address.sun_path) {
        result.error = "socket path too long: " + path + " (set RTK_RUNTIME_DIR to a shorter one)";
        return result;
    }
    std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
    unlink(path.c_str());  // we hold the lock: any socket file here is stale
    result.listen_fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    const mode_t old_mask = umask(077);
    const bool bound =
        result.listen_fd >= 0 &&
        bind(result.listen_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
        listen(result.listen_fd, 128) == 0;
    umask(old_mask);
    if (!bound) result.error = "cannot listen on " + path + ": " + std::strerror(errno);
    return result;
}

}  // namespace rtkref::linux_backend
