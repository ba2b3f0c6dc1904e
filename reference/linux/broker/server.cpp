#include "server.h"

#include <fcntl.h>
#include <pthread.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cerrno>
#include <csignal>
#include <unordered_map>
#include <vector>

#include "backing_allocator.h"
#include "fd_closer.h"
#include "fd_passing.h"
#include "memfd_backing.h"
#include "rtkref/core/broker_state.h"
#include "spin.h"

#ifndef SO_PASSRIGHTS
#define SO_PASSRIGHTS 83  // Linux 6.16; older kernels refuse it and fd_closer.h covers them
#endif

namespace rtkref::linux_backend {
namespace {

using Clock = std::chrono::steady_clock;

// Lock-free, so the handler may set it; atomic, since the handler may run
// on whichever thread the kernel picks.
std::atomic<bool> g_stop{false};
// The handler also makes this eventfd readable: a signal that lands
// between the loop's look at g_stop and its epoll_wait (or while it
// spins) would otherwise be seen only at the next event, which an idle
// broker may wait for without end.
std::atomic<int> g_wake_fd{-1};
void on_terminate(int) {
    g_stop.store(true, std::memory_order_relaxed);
    const int fd = g_wake_fd.load(std::memory_order_relaxed);
    if (fd >= 0) {
        const int saved = errno;
        const uint64_t one = 1;
        [[maybe_unused]] const ssize_t written = write(fd, &one, sizeof one);
        errno = saved;
    }
}

// Asks the kernel to refuse descriptors sent to this socket, so a client
// cannot hand the broker one to close at all.
void refuse_passed_fds(int fd) {
    const int off = 0;
    setsockopt(fd, SOL_SOCKET, SO_PASSRIGHTS, &off, sizeof off);
}

class Server {
  public:
    Server(const ServerOptions &options, FdCloser &closer, BackingAllocator &allocator)
        : options_(options), closer_(closer), allocator_(allocator), state_(&make_memfd_backing) {}

    int run() {
        epoll_ = epoll_create1(EPOLL_CLOEXEC);
        if (epoll_ < 0) return 1;
        refuse_passed_fds(options_.listen_fd);
        watch(options_.listen_fd, EPOLLIN);
        watch(allocator_.notify_fd(), EPOLLIN);
        const int wake_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
        if (wake_fd >= 0) {
            watch(wake_fd, EPOLLIN);
            g_wake_fd.store(wake_fd, std::memory_order_relaxed);
        }
        reserve_fd_ = open("/dev/null", O_RDONLY | O_CLOEXEC);
        std::vector<epoll_event> events(64);
        while (!g_stop.load(std::memory_order_relaxed)) {
            const int ready = wait_for_events(events);
            if (ready < 0 && errno == EINTR) continue;
            if (ready < 0) return 1;
            if (ready == 0 && connections_.empty() && !accept_paused_) return exit_when_idle();
            resume_accepting_if_due();
            // Hang-ups first: a client's death must be seen before any later
            // request is served ("the very next open by anyone fails").
            for (int i = 0; i < ready; ++i) {
                if (events[i].data.fd != options_.listen_fd &&
                    (events[i].events & (EPOLLHUP | EPOLLRDHUP | EPOLLERR))) {
                    disconnect(events[i].data.fd);
                }
            }
            for (int i = 0; i < ready; ++i) {
                const int fd = events[i].data.fd;
                if (fd == options_.listen_fd) {
                    accept_clients();
                } else if (fd == allocator_.notify_fd()) {
                    finish_allocations();
                } else if (connections_.count(fd) != 0 && (events[i].events & EPOLLIN)) {
                    if (!serve_one(fd)) disconnect(fd);
                }
            }
        }
        return 0;
    }

  private:
    void watch(int fd, uint32_t events) {
        epoll_event event{};
        event.events = events;
        event.data.fd = fd;
        epoll_ctl(epoll_, EPOLL_CTL_ADD, fd, &event);
    }

    // Polls for a moment before sleeping (spin.h): a client in a loop of
    // calls sends its next request within microseconds, and finds the
    // broker awake instead of paying for a core's wake-up.
    int wait_for_events(std::vector<epoll_event> &events) {
        const int capacity = static_cast<int>(events.size());
        const auto started = AdaptiveSpin::Clock::now();
        int ready = 0;
        const auto poll = [&] {
            ready = epoll_wait(epoll_, events.data(), capacity, 0);
            return ready != 0;
        };
        if (spin_.spin(poll, started)) return ready;
        ready = epoll_wait(epoll_, events.data(), capacity, wait_timeout());
        if (ready > 0) spin_.woke(started);
        return ready;
    }

    int wait_timeout() const {
        if (accept_paused_) return kAcceptPause;
        if (!connections_.empty()) return -1;
        // The client that started us may not have connected yet: however
        // short the idle time, it gets a moment to do so.
        const long idle = static_cast<long>(options_.idle_exit.count());
        return static_cast<int>(served_anyone_ ? idle : std::max(idle, kFirstClientGrace));
    }

    // Stops listening before the last look at the backlog: a client that
    // connected in between is hung up on at hello and starts the next
    // broker, instead of being accepted by one that is about to exit.
    int exit_when_idle() {
        shutdown(options_.listen_fd, SHUT_RDWR);
        for (;;) {
            const int fd = accept4(options_.listen_fd, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd < 0) break;
            closer_.close_later(fd);
        }
        close(options_.listen_fd);
        if (options_.lock_fd >= 0) close(options_.lock_fd);
        return 0;
    }

    void accept_clients() {
        for (;;) {
            const int fd =
                accept4(options_.listen_fd, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
            if (fd < 0) {
                if (errno == EMFILE || errno == ENFILE) refuse_one_for_lack_of_descriptors();
                return;
            }
            ucred credentials{};
            socklen_t length = sizeof credentials;
            // Non-blocking: a client that stops reading its replies is dropped,
            // never waited for. Only the broker's own user may share the namespace.
            if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0 ||
                credentials.uid != getuid()) {
                closer_.close_later(fd);
                continue;
            }
            refuse_passed_fds(fd);
            connections_.emplace(fd, state_.connect());
            served_anyone_ = true;
            watch(fd, EPOLLIN | EPOLLRDHUP);
        }
    }

    // The descriptor table is full: the pending client would stay in the
    // backlog, the listener would stay readable and the loop would spin.
    // The spare descriptor lets us take it off the backlog and tell it
    // why; without one, the listener rests for a moment instead.
    void refuse_one_for_lack_of_descriptors() {
        if (reserve_fd_ >= 0) {
            close(reserve_fd_);
            reserve_fd_ = -1;
            const int fd = accept4(options_.listen_fd, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd >= 0) {
                wire::Reply refusal;
                refusal.status = STATUS_INSUFFICIENT_RESOURCES;
                send_message(fd, &refusal, sizeof refusal);
                // Its unread messages may carry descriptors: not our thread.
                // Until the closer is done, the reserve may not reopen; then
                // the listener rests below.
                closer_.close_later(fd);
            }
            reserve_fd_ = open("/dev/null", O_RDONLY | O_CLOEXEC);
            if (reserve_fd_ >= 0) return;
        }
        epoll_event none{};
        none.data.fd = options_.listen_fd;
        epoll_ctl(epoll_, EPOLL_CTL_MOD, options_.listen_fd, &none);
        accept_paused_ = true;
        accept_resume_at_ = Clock::now() + std::chrono::milliseconds(kAcceptPause);
    }

    void resume_accepting_if_due() {
        if (!accept_paused_ || Clock::now() < accept_resume_at_) return;
        if (reserve_fd_ < 0) reserve_fd_ = open("/dev/null", O_RDONLY | O_CLOEXEC);
        epoll_event readable{};
        readable.events = EPOLLIN;
        readable.data.fd = options_.listen_fd;
        epoll_ctl(epoll_, EPOLL_CTL_MOD, options_.listen_fd, &readable);
        accept_paused_ = false;
    }

    void disconnect(int fd) {
        auto it = connections_.find(fd);
        if (it == connections_.end()) return;
        state_.disconnect(it->second);
        connections_.erase(it);
        epoll_ctl(epoll_, EPOLL_CTL_DEL, fd, nullptr);
        // Unread messages may still hold descriptors the client passed.
        closer_.close_later(fd);
    }

    bool serve_one(int fd) {
        wire::Request request;
        int passed[kMaxPassedFds];
        std::size_t passed_count = 0;
        const ssize_t got =
            receive_message_keeping_fds(fd, &request, sizeof request, passed, &passed_count);
        for (std::size_t i = 0; i < passed_count; ++i) closer_.close_later(passed[i]);
        if (got == 0) return false;
        if (got < 0 && errno == EAGAIN) return true;
        Outcome outcome;
        const ClientId client = connections_.at(fd);
        if (got != static_cast<ssize_t>(sizeof request)) {
            outcome.reply.status = STATUS_INVALID_PARAMETER;  // malformed message
            return reply(fd, outcome);
        }
        if (request.op == wire::Op::release) {
            state_.handle(client, request);  // never answered, even when refused
            return true;
        }
        if (state_.finds_existing(request)) serve_waiting_releases(fd);
        if (request.size >= kBigAllocation && state_.needs_new_backing(client, request)) {
            park(fd, client, request);
            return true;
        }
        outcome = state_.handle(client, request);
        if (request.op == wire::Op::hello) outcome.reply.size = options_.epoch;
        return reply(fd, outcome);
    }

    // A release that returned in its client before this request was sent
    // waits at most in that client's queue, behind nothing but other
    // releases (a client sends nothing while it waits for a reply): serve
    // those, and any hang-up, before a request whose outcome they change.
    // Bounded per client by what its socket can hold, so a client that
    // keeps sending releases cannot hold the broker here.
    void serve_waiting_releases(int requester) {
        pending_.resize(connections_.size() + 2);
        const int ready = epoll_wait(epoll_, pending_.data(), static_cast<int>(pending_.size()), 0);
        for (int i = 0; i < ready; ++i) {
            const int fd = pending_[i].data.fd;
            if (fd == requester || connections_.count(fd) == 0) continue;
            if (pending_[i].events & (EPOLLHUP | EPOLLRDHUP | EPOLLERR)) {
                disconnect(fd);
                continue;
            }
            for (int served = 0; served < kMaxQueuedReleases && next_is_release(fd); ++served) {
                if (!serve_one(fd)) {
                    disconnect(fd);
                    break;
                }
            }
        }
    }

    // Peeks at the head of the next message only; descriptors that came
    // with it stay queued (see fd_closer.h).
    static bool next_is_release(int fd) {
        struct {
            uint32_t magic;
            wire::Op op;
        } head{};
        const ssize_t got = recv(fd, &head, sizeof head, MSG_PEEK | MSG_DONTWAIT);
        return got == static_cast<ssize_t>(sizeof head) && head.magic == wire::kMagic &&
               head.op == wire::Op::release;
    }

    static bool reply(int fd, const Outcome &outcome) {
        const int backing = outcome.send_backing ? outcome.send_backing->descriptor() : -1;
        return send_message(fd, &outcome.reply, sizeof outcome.reply, backing) ==
               static_cast<ssize_t>(sizeof outcome.reply);
    }

    // The client waits for this one reply (one request at a time per
    // connection), so its connection is only watched for a hang-up
    // meanwhile; everyone else is served as usual.
    void park(int fd, ClientId client, const wire::Request &request) {
        epoll_event hang_up_only{};
        hang_up_only.events = EPOLLRDHUP;
        hang_up_only.data.fd = fd;
        epoll_ctl(epoll_, EPOLL_CTL_MOD, fd, &hang_up_only);
        allocator_.submit({fd, client, request});
    }

    void finish_allocations() {
        for (AllocationDone &done : allocator_.take_done()) {
            const int fd = done.job.connection;
            auto it = connections_.find(fd);
            // Hung up meanwhile (and the socket number maybe reused): the
            // backing is simply dropped.
            if (it == connections_.end() || it->second != done.job.client) continue;
            epoll_event readable{};
            readable.events = EPOLLIN | EPOLLRDHUP;
            readable.data.fd = fd;
            epoll_ctl(epoll_, EPOLL_CTL_MOD, fd, &readable);
            const Outcome outcome =
                state_.handle_with_backing(done.job.client, done.job.request, std::move(done.made));
            if (!reply(fd, outcome)) disconnect(fd);
        }
    }

    // From this size on, a create's backing is allocated off this thread.
    static constexpr uint64_t kBigAllocation = uint64_t{16} << 20;
    static constexpr int kAcceptPause = 100;  // ms
    // More than a client's socket can hold (its send buffer, about 150
    // requests).
    static constexpr int kMaxQueuedReleases = 512;
    static constexpr long kFirstClientGrace = 1000;  // ms

    ServerOptions options_;
    FdCloser &closer_;
    BackingAllocator &allocator_;
    BrokerState state_;
    int epoll_ = -1;
    int reserve_fd_ = -1;
    bool accept_paused_ = false;
    bool served_anyone_ = false;
    Clock::time_point accept_resume_at_;
    AdaptiveSpin spin_;
    std::unordered_map<int, ClientId> connections_;  // socket -> its client
    std::vector<epoll_event> pending_;               // serve_waiting_releases()' look
};

}  // namespace

int run_server(const ServerOptions &options) {
    std::signal(SIGPIPE, SIG_IGN);
    std::signal(SIGTERM, on_terminate);
    std::signal(SIGINT, on_terminate);
    // The helper threads never take SIGTERM or SIGINT: only the serving
    // thread's wait is interrupted by them, so only it may see the stop.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGTERM);
    sigaddset(&stop_signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
    // Never destroyed: see fd_closer.h and backing_allocator.h.
    auto *closer = new FdCloser();
    auto *allocator = new BackingAllocator(&make_memfd_backing);
    pthread_sigmask(SIG_UNBLOCK, &stop_signals, nullptr);
    return Server(options, *closer, *allocator).run();
}

}  // namespace rtkref::linux_backend
