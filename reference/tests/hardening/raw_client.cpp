#include "raw_client.h"

#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "fd_passing.h"

namespace rtkref_hardening {

rtkref::wire::Request hello_request() {
    rtkref::wire::Request request;
    request.op = rtkref::wire::Op::hello;
    request.kind = 1;
    return request;
}

rtkref::wire::Request named_request(rtkref::wire::Op op, const std::u16string &name,
                                    uint64_t size) {
    rtkref::wire::Request request;
    request.op = op;
    request.kind = 1;
    request.size = size;
    request.named = 1;
    request.name_units = static_cast<uint16_t>(name.size());
    std::copy(name.begin(), name.end(), request.name);
    return request;
}

RawClient::RawClient(const std::filesystem::path &socket_path) {
    fd_ = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, socket_path.c_str(), sizeof address.sun_path - 1);
    if (connect(fd_, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) hang_up();
}

RawClient::~RawClient() {
    hang_up();
}

void RawClient::hang_up() {
    if (fd_ >= 0) close(fd_);
    fd_ = -1;
}

int RawClient::send(const rtkref::wire::Request &request, int pass_fd) {
    if (fd_ < 0) return ENOTCONN;
    const ssize_t sent =
        rtkref::linux_backend::send_message(fd_, &request, sizeof request, pass_fd);
    return sent == static_cast<ssize_t>(sizeof request) ? 0 : errno;
}

std::optional<int32_t> RawClient::reply_status(int timeout_ms) {
    const auto got = reply(timeout_ms);
    if (!got) return std::nullopt;
    return got->status;
}

std::optional<rtkref::wire::Reply> RawClient::reply(int timeout_ms) {
    if (fd_ < 0) return std::nullopt;
    pollfd entry{fd_, POLLIN, 0};
    if (poll(&entry, 1, timeout_ms) <= 0) return std::nullopt;
    rtkref::wire::Reply reply;
    int passed = -1;
    ssize_t got = rtkref::linux_backend::receive_message(fd_, &reply, sizeof reply, &passed);
    if (got < 0 && errno == ECONNRESET) {  // the reset comes first; a reply may be queued behind it
        got = rtkref::linux_backend::receive_message(fd_, &reply, sizeof reply, &passed);
    }
    if (passed >= 0) close(passed);
    if (got != static_cast<ssize_t>(sizeof reply)) return std::nullopt;
    return reply;
}

std::optional<int32_t> RawClient::hello(int timeout_ms) {
    send(hello_request());  // a refused client may find its answer queued anyway
    return reply_status(timeout_ms);
}

}  // namespace rtkref_hardening
