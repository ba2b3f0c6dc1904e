// Descriptors a client passes to the broker: closing one may block (a TCP
// socket with SO_LINGER whose data sits behind a zero window), and the
// broker's loop must never be the one that waits.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>

#include <gtest/gtest.h>

#include "broker_process.h"
#include "raw_client.h"
#include "rtk/RtkApi.h"

namespace rtkref_hardening {
namespace {

// A connected TCP socket whose close blocks for `linger_s` seconds: its
// peer never reads, so the data it holds can never leave.
class LingeringSocket {
  public:
    explicit LingeringSocket(int linger_s) {
        listener_ = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int small = 4096;
        setsockopt(listener_, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        bind(listener_, reinterpret_cast<sockaddr *>(&address), sizeof address);
        listen(listener_, 1);
        getsockname(listener_, reinterpret_cast<sockaddr *>(&address), &length);
        fd_ = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        setsockopt(fd_, SOL_SOCKET, SO_SNDBUF, &small, sizeof small);
        connect(fd_, reinterpret_cast<sockaddr *>(&address), sizeof address);
        peer_ = accept(listener_, nullptr, nullptr);
        char block[4096] = {};
        while (send(fd_, block, sizeof block, MSG_DONTWAIT) > 0) {
        }
        const linger setting{1, linger_s};
        setsockopt(fd_, SOL_SOCKET, SO_LINGER, &setting, sizeof setting);
    }
    ~LingeringSocket() {
        // Abort, not linger, for our own copy.
        const linger abort_now{1, 0};
        if (fd_ >= 0) setsockopt(fd_, SOL_SOCKET, SO_LINGER, &abort_now, sizeof abort_now);
        for (int fd : {fd_, peer_, listener_}) {
            if (fd >= 0) close(fd);
        }
    }
    int fd() const { return fd_; }
    // After passing it: drop our reference, so the broker holds the last.
    // (Only then: were ours the last, this close would linger here.)
    void forget() {
        close(fd_);
        fd_ = -1;
    }

  private:
    int listener_ = -1, fd_ = -1, peer_ = -1;
};

using Clock = std::chrono::steady_clock;

void expect_broker_answers_promptly(const PrivateDir &dir, const char *context) {
    RawClient bystander(dir.socket());
    ASSERT_TRUE(bystander.connected()) << context;
    const auto start = Clock::now();
    const std::optional<int32_t> status = bystander.hello(10000);
    const auto waited =
        std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
    EXPECT_TRUE(status.has_value()) << context << ": no answer within 10 s";
    EXPECT_EQ(status.value_or(-1), STATUS_SUCCESS) << context;
    EXPECT_LT(waited, 2000) << context << ": ms before another client was answered";
}

TEST(PassedDescriptors, ALingeringSocketSentWithARequestFreezesNobody) {
    PrivateDir dir;
    BrokerProcess broker(dir, 60000);
    ASSERT_TRUE(broker.listening());
    RawClient hostile(dir.socket());
    LingeringSocket lingering(30);
    const int refused = hostile.send(hello_request(), lingering.fd());
    // The kernel may refuse it outright (SO_PASSRIGHTS); else the broker
    // receives it and must not wait for its close.
    EXPECT_TRUE(refused == 0 || refused == EPERM) << "send: " << refused;
    if (refused == 0) {
        lingering.forget();
        EXPECT_TRUE(hostile.reply_status(10000).has_value()) << "the sender got no reply";
    }
    expect_broker_answers_promptly(dir, "after a request that carried a lingering socket");
}

TEST(PassedDescriptors, ALingeringSocketLeftUnreadAtHangUpFreezesNobody) {
    PrivateDir dir;
    BrokerProcess broker(dir, 60000);
    ASSERT_TRUE(broker.listening());
    LingeringSocket lingering(30);  // its peer lives on, so nothing resets it
    {
        RawClient hostile(dir.socket());
        ASSERT_EQ(hostile.hello(5000).value_or(-1), STATUS_SUCCESS);
        const int refused = hostile.send(hello_request(), lingering.fd());
        EXPECT_TRUE(refused == 0 || refused == EPERM) << "send: " << refused;
        if (refused == 0) lingering.forget();
        hostile.hang_up();  // the broker sees a hang-up with a message still queued
    }
    expect_broker_answers_promptly(dir, "after a hang-up with a lingering socket queued");
}

}  // namespace
}  // namespace rtkref_hardening
