// Limits of the client process itself: a full descriptor table is a
// resource shortage the caller can act on, and caller-supplied output
// pointers may be misaligned.
#include <dlfcn.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstring>

#include <gtest/gtest.h>

#include "broker_process.h"
#include "library_child.h"
#include "rtk/RtkApi.h"

namespace rtkref_hardening {
namespace {

// Fills the descriptor table; returns the descriptors taken.
std::vector<int> exhaust_descriptors() {
    std::vector<int> taken;
    for (int fd; (fd = dup(STDIN_FILENO)) >= 0;) taken.push_back(fd);
    return taken;
}

TEST(ClientLimits, FullDescriptorTableIsInsufficientResourcesAndLeaksNoObject) {
    PrivateDir dir;
    BrokerProcess broker(dir, 60000);
    ASSERT_TRUE(broker.listening());
    const ChildOutcome outcome = run_child(
        client_environment(dir),
        []() -> std::vector<int64_t> {
            const rlimit few{64, 64};
            setrlimit(RLIMIT_NOFILE, &few);
            Rtk rtk = load_library();
            RTSSINST instance{};
            if (rtk.attach(1, &instance) != 0) return {-1};
            std::u16string units = u"nofds";
            UNICODE_STRING name = unicode(units);
            HANDLE handle{};
            void *view{};
            std::vector<int> taken = exhaust_descriptors();
            const int64_t create = rtk.create_shm(instance, &handle, 0, 0, 4096, &name, &view);
            RTSSINST second{};
            const int64_t attach = rtk.attach(1, &second);
            for (int fd : taken) close(fd);
            const int64_t open_after = rtk.open_shm(instance, &handle, 0, 0, &name, &view);
            return {create, attach, open_after};
        },
        20000);
    ASSERT_TRUE(outcome.finished);
    ASSERT_EQ(outcome.values.size(), 3u);
    EXPECT_EQ(outcome.values[0], STATUS_INSUFFICIENT_RESOURCES) << "create with no descriptor free";
    EXPECT_EQ(outcome.values[1], STATUS_INSUFFICIENT_RESOURCES) << "attach with no descriptor free";
    EXPECT_EQ(outcome.values[2], STATUS_OBJECT_NAME_NOT_FOUND)
        << "the failed create left an object";
}

TEST(ClientLimits, MisalignedOutputPointersGetTheirValues) {
    PrivateDir dir;
    BrokerProcess broker(dir, 60000);
    ASSERT_TRUE(broker.listening());
    const ChildOutcome outcome = run_child(
        client_environment(dir),
        []() -> std::vector<int64_t> {
            Rtk rtk = load_library();
            alignas(16) unsigned char buffer[64] = {};
            auto *instance = reinterpret_cast<RTSSINST *>(buffer + 1);
            auto *handle = reinterpret_cast<HANDLE *>(buffer + 17);
            auto *view = reinterpret_cast<void **>(buffer + 33);
            const int64_t attach = rtk.attach(1, instance);
            RTSSINST inst{};
            std::memcpy(&inst, buffer + 1, sizeof inst);
            std::u16string units = u"skewed";
            UNICODE_STRING name = unicode(units);
            const int64_t create = rtk.create_shm(inst, handle, 0, 0, 4096, &name, view);
            HANDLE got_handle{};
            void *got_view{};
            std::memcpy(&got_handle, buffer + 17, sizeof got_handle);
            std::memcpy(&got_view, buffer + 33, sizeof got_view);
            const int64_t close = rtk.close(inst, got_handle);
            return {attach, create, got_handle != nullptr, got_view != nullptr, close};
        },
        20000);
    ASSERT_TRUE(outcome.finished) << "the child crashed (a sanitizer caught a misaligned store?)";
    ASSERT_EQ(outcome.values.size(), 5u);
    EXPECT_EQ(outcome.values[0], STATUS_SUCCESS) << "attach";
    EXPECT_EQ(outcome.values[1], STATUS_SUCCESS) << "create";
    EXPECT_EQ(outcome.values[2], 1) << "the handle arrived";
    EXPECT_EQ(outcome.values[3], 1) << "the view arrived";
    EXPECT_EQ(outcome.values[4], STATUS_SUCCESS) << "close through the handle read back";
}

TEST(ClientLifetime, DlcloseWithoutDetachReleasesTheHandles) {
    PrivateDir dir;
    BrokerProcess broker(dir, 60000);
    ASSERT_TRUE(broker.listening());
    const ChildOutcome outcome = run_child(
        client_environment(dir),
        []() -> std::vector<int64_t> {
            void *library = dlopen(library_path().c_str(), RTLD_NOW | RTLD_LOCAL);
            if (library == nullptr) return {-1};
            auto attach =
                reinterpret_cast<decltype(&RtkRtssAttach)>(dlsym(library, "RtkRtssAttach"));
            auto create = reinterpret_cast<decltype(&RtkCreateSharedMemory)>(
                dlsym(library, "RtkCreateSharedMemory"));
            RTSSINST instance{};
            std::u16string units = u"forgotten";
            UNICODE_STRING name = unicode(units);
            HANDLE handle{};
            void *view{};
            if (attach(1, &instance) != 0 ||
                create(instance, &handle, 0, 0, 4096, &name, &view) != 0) {
                return {-2};
            }
            dlclose(library);  // no RtkRtssDetach
            // A fresh copy of the library: a new instance, a new connection.
            Rtk rtk = load_library();
            RTSSINST probe{};
            if (rtk.attach(1, &probe) != 0) return {-3};
            return {rtk.open_shm(probe, &handle, 0, 0, &name, &view)};
        },
        20000);
    ASSERT_TRUE(outcome.finished);
    ASSERT_EQ(outcome.values.size(), 1u) << "setup failed: " << outcome.values[0];
    EXPECT_EQ(outcome.values[0], STATUS_OBJECT_NAME_NOT_FOUND)
        << "the object outlived the dlclose of the library that held it";
}

}  // namespace
}  // namespace rtkref_hardening
