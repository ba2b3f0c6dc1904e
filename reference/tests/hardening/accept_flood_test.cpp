// A broker whose descriptor table is full: it must neither spin on a
// listener that stays readable nor leave new clients unanswered.
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <memory>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "broker_process.h"
#include "raw_client.h"
#include "rtk/RtkApi.h"

namespace rtkref_hardening {
namespace {

TEST(AcceptFlood, FullDescriptorTableNeitherSpinsNorLeavesClientsUnanswered) {
    PrivateDir dir;
    // Soft and hard: a limit the broker cannot raise.
    BrokerProcess broker(dir, 60000, [] {
        const rlimit tiny{24, 24};
        setrlimit(RLIMIT_NOFILE, &tiny);
    });
    ASSERT_TRUE(broker.listening());
    constexpr int kClients = 40;
    std::vector<std::unique_ptr<RawClient>> clients;
    int served = 0, refused = 0, unanswered = 0;
    for (int i = 0; i < kClients; ++i) {
        clients.push_back(std::make_unique<RawClient>(dir.socket()));
        const std::optional<int32_t> status = clients.back()->hello(3000);
        if (!status) {
            ++unanswered;
        } else if (*status == STATUS_SUCCESS) {
            ++served;
        } else {
            EXPECT_EQ(*status, STATUS_INSUFFICIENT_RESOURCES) << "[client " << i << "]";
            ++refused;
        }
    }
    EXPECT_EQ(unanswered, 0) << "clients that got no answer at all";
    EXPECT_GT(served, 5);
    EXPECT_GT(refused, 0) << "24 descriptors cannot hold 40 clients";
    const double before = broker.cpu_seconds();
    std::this_thread::sleep_for(std::chrono::seconds(1));
    const double busy = broker.cpu_seconds() - before;
    EXPECT_LT(busy, 0.1) << "CPU seconds the broker used in one idle second";
    // Room again: once the broker has seen the others hang up (how soon
    // depends on the machine's load), a new client is served.
    clients.clear();
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    int32_t late_status = -1;
    while (late_status != STATUS_SUCCESS && std::chrono::steady_clock::now() < give_up) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        RawClient late(dir.socket());
        late_status = late.hello(3000).value_or(-1);
    }
    EXPECT_EQ(late_status, STATUS_SUCCESS) << "after the others hung up";
}

}  // namespace
}  // namespace rtkref_hardening
