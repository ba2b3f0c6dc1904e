#include "round_trip.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

#include "fd_passing.h"
#include "spin.h"

namespace rtkref::linux_backend {
namespace {

using Clock = std::chrono::steady_clock;

// Waits until `socket` is ready for `events`; false at the deadline.
bool wait_for(int socket, short events, Clock::time_point deadline) {
    for (;;) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0) return false;
        pollfd entry{socket, events, 0};
        const int ready = poll(&entry, 1, static_cast<int>(left.count()));
        if (ready > 0) return true;  // ready, or hung up: the next call says which
        if (ready < 0 && errno != EINTR) return true;
    }
}

}  // namespace

std::chrono::milliseconds call_deadline() {
    if (const char *text = secure_getenv("RTK_CALL_TIMEOUT_MS"); text && *text) {
        const long value = std::atol(text);
        if (value > 0) return std::chrono::milliseconds(value);
    }
    return std::chrono::milliseconds(5000);
}

bool send_only(int socket, const wire::Request &request, std::chrono::milliseconds deadline) {
    const Clock::time_point end = Clock::now() + deadline;
    for (;;) {
        const ssize_t sent = send_message(socket, &request, sizeof request);
        if (sent == static_cast<ssize_t>(sizeof request)) return true;
        if (sent >= 0 || errno != EAGAIN || !wait_for(socket, POLLOUT, end)) return false;
    }
}

RoundTrip round_trip(int socket, const wire::Request &request, wire::Reply &reply, int *fd,
                     std::chrono::milliseconds deadline, AdaptiveSpin &spin) {
    if (fd) *fd = -1;
    const Clock::time_point end = Clock::now() + deadline;
    for (;;) {
        const ssize_t sent = send_message(socket, &request, sizeof request);
        if (sent == static_cast<ssize_t>(sizeof request)) break;
        // A broker that refused us (too many descriptors) left its reason
        // queued before hanging up: read it rather than report a hang-up.
        if (sent < 0 && errno == EPIPE) break;
        if (sent >= 0 || errno != EAGAIN) return RoundTrip::broker_gone;
        if (!wait_for(socket, POLLOUT, end)) return RoundTrip::timed_out;
    }
    const Clock::time_point waiting_since = Clock::now();
    ssize_t got = -1;
    int error = 0;
    const auto receive = [&] {
        got = receive_message(socket, &reply, sizeof reply, fd);
        error = got < 0 ? errno : 0;
        return error != EAGAIN;
    };
    bool reset_seen = false;
    if (!spin.spin(receive, waiting_since)) {
        // Nothing yet: sleep until the reply comes.
        if (!wait_for(socket, POLLIN, end)) return RoundTrip::timed_out;
        spin.woke(waiting_since);
        receive();
    }
    for (;;) {
        if (got == static_cast<ssize_t>(sizeof reply)) return RoundTrip::replied;
        // A broker that closes with our request unread resets us, but the
        // reply it sent first is still queued behind that error: read on.
        if (got < 0 && error == ECONNRESET && !reset_seen) {
            reset_seen = true;
        } else if (got >= 0 || error != EAGAIN) {
            if (fd && *fd >= 0) close(*fd);
            if (fd) *fd = -1;
            return RoundTrip::broker_gone;
        } else if (!wait_for(socket, POLLIN, end)) {
            return RoundTrip::timed_out;
        }
        receive();
    }
}

}  // namespace rtkref::linux_backend
