#include "broker_connection.h"

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <thread>

#include "broker_launcher.h"
#include "runtime_dir.h"

namespace rtkref::linux_backend {
namespace {

int try_connect(const std::string &path) {
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.size() >= sizeof address.sun_path) return -1;
    std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
    const int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
    if (fd < 0) return -1;
    if (connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

bool broker_is_ours(int fd) {
    ucred credentials{};
    socklen_t length = sizeof credentials;
    return getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &credentials, &length) == 0 &&
           credentials.uid == getuid();
}

}  // namespace

BrokerConnection connect_to_broker() {
    BrokerConnection result;
    const RuntimeDir dir = resolve_runtime_dir();
    if (dir.path.empty()) {
        result.status = STATUS_UNSUCCESSFUL;
        result.error = dir.error;
        return result;
    }
    const std::string path = socket_path(dir.path);
    int fd = try_connect(path);
    if (fd < 0) {
        if (std::string why = start_broker(broker_executable(), dir.path); !why.empty()) {
            result.status = STATUS_UNSUCCESSFUL;
            result.error = why;
            return result;
        }
        // The broker listens before its starter returns; a broker that was
        // just exiting when we looked may need one more start.
        for (int attempt = 0; attempt < 50 && fd < 0; ++attempt) {
            fd = try_connect(path);
            if (fd < 0 && attempt % 10 == 9) start_broker(broker_executable(), dir.path);
            if (fd < 0) std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    }
    if (fd < 0) {
        result.status = STATUS_UNSUCCESSFUL;
        result.error = "cannot connect to the broker at " + path + ": " + std::strerror(errno);
        return result;
    }
    if (!broker_is_ours(fd)) {
        close(fd);
        result.status = STATUS_UNSUCCESSFUL;
        result.error = "the broker at " + path + " runs as another user; refusing it";
        return result;
    }
    result.fd = fd;
    return result;
}

}  // namespace rtkref::linux_backend
