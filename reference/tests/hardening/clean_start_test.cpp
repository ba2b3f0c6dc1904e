// The broker outlives the process that happened to start it: limits, a
// signal mask and a scheduling policy of that starter must not become the
// whole namespace's.
#include <sched.h>
#include <signal.h>
#include <sys/resource.h>

#include <chrono>
#include <fstream>
#include <thread>
#include <string>

#include <gtest/gtest.h>

#include "broker_process.h"
#include "library_child.h"
#include "rtk/RtkApi.h"

namespace rtkref_hardening {
namespace {

// Creates `count` objects of `size` bytes in one instance; returns the
// status of each create.
std::vector<int64_t> create_objects(int count, ULONG size) {
    Rtk rtk = load_library();
    RTSSINST instance{};
    if (rtk.attach(1, &instance) != 0) return {-1};
    std::vector<int64_t> statuses;
    for (int i = 0; i < count; ++i) {
        std::u16string units = u"obj" + std::u16string(1, static_cast<char16_t>(u'A' + i % 26)) +
                               std::u16string(1, static_cast<char16_t>(u'a' + i / 26));
        UNICODE_STRING name = unicode(units);
        HANDLE handle{};
        void *location{};
        statuses.push_back(rtk.create_shm(instance, &handle, 0, 0, size, &name, &location));
    }
    return statuses;
}

std::vector<std::pair<std::string, std::string>> env_for(const PrivateDir &dir) {
    return {{"RTK_RUNTIME_DIR", dir.path().string()}, {"RTK_BROKER", broker_executable().string()}};
}

void limit(int resource, rlim_t soft, rlim_t hard) {
    const rlimit value{soft, hard};
    setrlimit(resource, &value);
}

TEST(CleanStart, FileSizeLimitOfTheStarterCannotKillTheBroker) {
    PrivateDir dir;
    // `ulimit -f 1024` in the starter's shell: soft and hard 1 MiB.
    BrokerProcess broker(dir, 60000, [] { limit(RLIMIT_FSIZE, 1 << 20, 1 << 20); });
    ASSERT_TRUE(broker.listening());
    const ChildOutcome big = run_child(
        env_for(dir), [] { return create_objects(1, 8u << 20); }, 20000);
    ASSERT_TRUE(big.finished);
    ASSERT_EQ(big.values.size(), 1u);
    EXPECT_TRUE(broker.alive()) << "the broker died, wait status " << broker.wait_status();
    // Raising the hard limit needs privilege the broker may lack; then the
    // create fails cleanly, and with it, succeeds. Never a dead broker.
    EXPECT_TRUE(big.values[0] == STATUS_INSUFFICIENT_RESOURCES || big.values[0] == STATUS_SUCCESS)
        << "8 MiB create got 0x" << std::hex << big.values[0];
    const ChildOutcome small = run_child(
        env_for(dir), [] { return create_objects(1, 4096); }, 20000);
    ASSERT_EQ(small.values.size(), 1u);
    EXPECT_EQ(small.values[0], STATUS_SUCCESS) << "the namespace still serves";
}

TEST(CleanStart, SoftFileSizeLimitIsRaisedSoBigObjectsWork) {
    PrivateDir dir;
    BrokerProcess broker(dir, 60000, [] { limit(RLIMIT_FSIZE, 1 << 20, RLIM_INFINITY); });
    ASSERT_TRUE(broker.listening());
    const ChildOutcome big = run_child(
        env_for(dir), [] { return create_objects(1, 8u << 20); }, 20000);
    ASSERT_EQ(big.values.size(), 1u);
    EXPECT_EQ(big.values[0], STATUS_SUCCESS);
    EXPECT_TRUE(broker.alive());
}

TEST(CleanStart, DescriptorLimitOfTheStarterDoesNotCapTheNamespace) {
    PrivateDir dir;
    BrokerProcess broker(dir, 60000, [] { limit(RLIMIT_NOFILE, 32, 4096); });
    ASSERT_TRUE(broker.listening());
    constexpr int kObjects = 100;  // far beyond what 32 descriptors hold
    const ChildOutcome made = run_child(
        env_for(dir), [] { return create_objects(kObjects, 4096); }, 30000);
    ASSERT_EQ(made.values.size(), static_cast<std::size_t>(kObjects));
    for (int i = 0; i < kObjects; ++i) {
        EXPECT_EQ(made.values[i], STATUS_SUCCESS) << "[object " << i << "]";
    }
}

std::string status_field(pid_t pid, const std::string &field) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(status, line);) {
        if (line.rfind(field + ":", 0) == 0) return line.substr(field.size() + 1);
    }
    return {};
}

TEST(CleanStart, BlockedAndIgnoredSignalsOfTheStarterAreReset) {
    PrivateDir dir;
    BrokerProcess broker(dir, 60000, [] {
        sigset_t blocked;
        sigemptyset(&blocked);
        sigaddset(&blocked, SIGTERM);
        sigaddset(&blocked, SIGINT);
        sigprocmask(SIG_BLOCK, &blocked, nullptr);
        signal(SIGHUP, SIG_IGN);
    });
    ASSERT_TRUE(broker.listening());
    // Read until the mask is clear or 2 s pass: a sanitizer runtime or
    // libc may block everything for a moment around its own work, but a
    // broker that kept its starter's mask never clears it.
    std::string blocked = status_field(broker.pid(), "SigBlk");
    for (int i = 0; i < 100 && blocked.find_first_not_of("0\t ") != std::string::npos; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        blocked = status_field(broker.pid(), "SigBlk");
    }
    EXPECT_EQ(blocked.find_first_not_of("0\t "), std::string::npos)
        << "signals still blocked: " << blocked;
    kill(broker.pid(), SIGTERM);
    EXPECT_TRUE(broker.wait_exit(5000)) << "SIGTERM did not stop the broker";
}

TEST(CleanStart, RealTimeSchedulingOfTheStarterIsNotInherited) {
    sched_param probe{};
    probe.sched_priority = 1;
    if (sched_setscheduler(0, SCHED_FIFO, &probe) != 0) {
        GTEST_SKIP() << "this process may not use SCHED_FIFO, so it cannot hand it on";
    }
    sched_param normal{};
    sched_setscheduler(0, SCHED_OTHER, &normal);
    PrivateDir dir;
    BrokerProcess broker(dir, 60000, [] {
        sched_param fifo{};
        fifo.sched_priority = 1;
        sched_setscheduler(0, SCHED_FIFO, &fifo);
    });
    ASSERT_TRUE(broker.listening());
    EXPECT_EQ(sched_getscheduler(broker.pid()), SCHED_OTHER);
}

}  // namespace
}  // namespace rtkref_hardening
