// A create of a big object reserves every page before it answers; the
// other clients must not wait for that. Ordering, not timing: a hello
// sent while the broker is provably allocating (its new memfd exists) is
// answered before the big create is.
#include <poll.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "broker_process.h"
#include "raw_client.h"
#include "rtk/RtkApi.h"

namespace rtkref_hardening {
namespace {

bool holds_a_memfd(pid_t broker) {
    std::error_code ec;
    const std::filesystem::path fds = "/proc/" + std::to_string(broker) + "/fd";
    for (const auto &entry : std::filesystem::directory_iterator(fds, ec)) {
        if (std::filesystem::read_symlink(entry.path(), ec).string().rfind("/memfd:", 0) == 0) {
            return true;
        }
    }
    return false;
}

TEST(BigAllocation, OtherClientsAreServedWhileA1GiBObjectIsAllocated) {
    PrivateDir dir;
    BrokerProcess broker(dir, 60000);
    ASSERT_TRUE(broker.listening());
    RawClient big(dir.socket());
    RawClient other(dir.socket());
    ASSERT_EQ(other.hello(5000).value_or(-1), STATUS_SUCCESS);
    rtkref::wire::Request create;
    create.op = rtkref::wire::Op::create;
    create.kind = 1;
    create.size = uint64_t{1} << 30;
    ASSERT_EQ(big.send(create), 0);
    bool allocating = false;
    for (int i = 0; i < 2000 && !allocating; ++i) {
        allocating = holds_a_memfd(broker.pid());
        if (!allocating) std::this_thread::sleep_for(std::chrono::microseconds(500));
    }
    ASSERT_TRUE(allocating) << "the broker never started the allocation";
    ASSERT_EQ(other.hello(10000).value_or(-1), STATUS_SUCCESS);
    pollfd entry{big.native_handle(), POLLIN, 0};
    EXPECT_EQ(poll(&entry, 1, 0), 0)
        << "the big create was answered before a hello sent during its allocation";
    EXPECT_EQ(big.reply_status(30000).value_or(-1), STATUS_SUCCESS) << "the big create itself";
}

}  // namespace
}  // namespace rtkref_hardening
