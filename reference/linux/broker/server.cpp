#include "server.h"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <vector>

#include "fd_passing.h"
#include "memfd_backing.h"
#include "rtkref/core/broker_state.h"

namespace rtkref::linux_backend {
namespace {

volatile std::sig_atomic_t g_stop = 0;
void on_terminate(int) {
    g_stop = 1;
}

struct Connection {
    int fd;
    ClientId id;
};

class Server {
  public:
    explicit Server(const ServerOptions &options)
        : options_(options), state_(&make_memfd_backing) {}

    int run() {
        while (!g_stop) {
            std::vector<pollfd> fds = poll_set();
            const int timeout =
                connections_.empty() ? static_cast<int>(options_.idle_exit.count()) : -1;
            const int ready = poll(fds.data(), fds.size(), timeout);
            if (ready < 0 && errno == EINTR) continue;
            if (ready < 0) return 1;
            if (ready == 0 && connections_.empty()) return 0;  // idle: nobody holds anything
            drop_hung_up();
            serve_ready(fds);
            if (fds[0].revents & POLLIN) accept_clients();
        }
        return 0;
    }

  private:
    std::vector<pollfd> poll_set() const {
        std::vector<pollfd> fds{{options_.listen_fd, POLLIN, 0}};
        for (const Connection &c : connections_) fds.push_back({c.fd, POLLIN, 0});
        return fds;
    }

    void accept_clients() {
        for (;;) {
            const int fd =
                accept4(options_.listen_fd, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
            if (fd < 0) return;
            ucred credentials{};
            socklen_t length = sizeof credentials;
            // Non-blocking: a client that stops reading its replies is dropped,
            // never waited for. Only the broker's own user may share the namespace.
            if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0 ||
                credentials.uid != getuid()) {
                close(fd);
                continue;
            }
            connections_.push_back({fd, state_.connect()});
        }
    }

    // A client's death must be seen before any later request is served:
    // "the very next open by anyone fails". Checked afresh before every
    // request, since a death can happen after poll() looked at that socket.
    void drop_hung_up() {
        std::vector<pollfd> fds;
        for (const Connection &c : connections_) fds.push_back({c.fd, 0, 0});
        if (fds.empty() || poll(fds.data(), fds.size(), 0) <= 0) return;
        std::vector<Connection> alive;
        for (std::size_t i = 0; i < fds.size(); ++i) {
            if (fds[i].revents & (POLLHUP | POLLERR | POLLNVAL)) {
                disconnect(connections_[i]);
            } else {
                alive.push_back(connections_[i]);
            }
        }
        connections_ = std::move(alive);
    }

    void disconnect(const Connection &connection) {
        state_.disconnect(connection.id);
        close(connection.fd);
    }

    void serve_ready(const std::vector<pollfd> &fds) {
        std::vector<int> ready;
        for (std::size_t i = 1; i < fds.size(); ++i) {
            if (fds[i].revents & POLLIN) ready.push_back(fds[i].fd);
        }
        for (int fd : ready) {
            drop_hung_up();
            for (std::size_t i = 0; i < connections_.size(); ++i) {
                if (connections_[i].fd != fd) continue;
                if (!serve_one(connections_[i])) {
                    disconnect(connections_[i]);
                    connections_.erase(connections_.begin() + static_cast<long>(i));
                }
                break;
            }
        }
    }

    bool serve_one(const Connection &connection) {
        wire::Request request;
        const ssize_t got = receive_message(connection.fd, &request, sizeof request, nullptr);
        if (got == 0) return false;
        if (got < 0 && errno == EAGAIN) return true;
        Outcome outcome;
        if (got != static_cast<ssize_t>(sizeof request)) {
            outcome.reply.status = STATUS_INVALID_PARAMETER;  // malformed message
        } else {
            outcome = state_.handle(connection.id, request);
        }
        const int fd = outcome.send_backing ? outcome.send_backing->descriptor() : -1;
        return send_message(connection.fd, &outcome.reply, sizeof outcome.reply, fd) ==
               static_cast<ssize_t>(sizeof outcome.reply);
    }

    ServerOptions options_;
    BrokerState state_;
    std::vector<Connection> connections_;
};

}  // namespace

int run_server(const ServerOptions &options) {
    std::signal(SIGPIPE, SIG_IGN);
    std::signal(SIGTERM, on_terminate);
    std::signal(SIGINT, on_terminate);
    return Server(options).run();
}

}  // namespace rtkref::linux_backend
