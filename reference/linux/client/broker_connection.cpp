#include "broker_connection.h"

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include "broker_launcher.h"
#include "round_trip.h"
#include "errno_status.h"
#include "runtime_dir.h"

namespace rtkref::linux_backend {
namespace {

// Non-blocking, so a full backlog (a stopped broker) is an EAGAIN to
// retry, and every later round trip can keep its deadline. -1 with errno
// on failure.
int try_connect(const std::string &path) {
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.size() >= sizeof address.sun_path) {
        errno = ENAMETOOLONG;
        return -1;
    }
    std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
    const int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) return -1;
    if (connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        const int error = errno;
        close(fd);
        errno = error;
        return -1;
    }
    return fd;
}

bool out_of_descriptors(int error) {
    return error == EMFILE || error == ENFILE;
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
    if (fd < 0 && out_of_descriptors(errno)) {
        result.status = STATUS_INSUFFICIENT_RESOURCES;
        result.error =
            "no descriptor left for the broker connection: " + std::string(std::strerror(errno));
        return result;
    }
    if (fd < 0 && !may_start_broker()) {
        result.status = STATUS_NO_SUCH_DEVICE;
        result.error = "no broker listens at " + path +
                       ", and a set-user-ID or set-group-ID program never starts one";
        return result;
    }
    // Nobody listens (or a broker is on its way out): start one, and keep
    // trying within the call deadline. A start that finds the lock taken
    // by an exiting broker does nothing, so it is repeated now and then.
    const auto deadline = std::chrono::steady_clock::now() + call_deadline();
    auto next_start = std::chrono::steady_clock::now();
    int error = errno;
    while (fd < 0 && std::chrono::steady_clock::now() < deadline) {
        if (error != EAGAIN && std::chrono::steady_clock::now() >= next_start) {
            if (std::string why = start_broker(broker_executable(), dir.path); !why.empty()) {
                result.status = STATUS_UNSUCCESSFUL;
                result.error = why;
                return result;
            }
            next_start = std::chrono::steady_clock::now() + std::chrono::milliseconds(100);
        } else {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        fd = try_connect(path);
        error = errno;
    }
    if (fd < 0) {
        // A full backlog until the deadline: a broker that does not answer.
        result.status = error == EAGAIN ? STATUS_NO_SUCH_DEVICE : STATUS_UNSUCCESSFUL;
        result.error = "cannot connect to the broker at " + path + ": " + std::strerror(error);
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
