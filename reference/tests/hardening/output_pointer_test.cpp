// Output pointers the library cannot write: a create or open given one
// returns STATUS_INVALID_PARAMETER, writes nothing through it, and leaves
// no object behind. Each call clears its outputs with one write the kernel
// checks; a pointer whose bytes straddle a writable page and one it may
// not write must not come back half cleared.
#include <sys/mman.h>
#include <unistd.h>

#include <cstring>

#include <gtest/gtest.h>

#include "broker_process.h"
#include "library_child.h"
#include "rtk/RtkApi.h"

namespace rtkref_hardening {
namespace {

constexpr unsigned char kMarker = 0x5a;

// Two pages: the first writable, the second read-only, both full of
// kMarker. Returns the start of the first.
unsigned char *writable_then_read_only() {
    const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    void *pages =
        mmap(nullptr, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (pages == MAP_FAILED) return nullptr;
    auto *bytes = static_cast<unsigned char *>(pages);
    std::memset(bytes, kMarker, 2 * page);
    if (mprotect(bytes + page, page, PROT_READ) != 0) return nullptr;
    return bytes;
}

// Whether every byte of [at, at + size) still holds kMarker.
bool untouched(const unsigned char *at, std::size_t size) {
    for (std::size_t i = 0; i < size; ++i) {
        if (at[i] != kMarker) return false;
    }
    return true;
}

TEST(OutputPointers, UnwritableOutputsAreInvalidParameterAndStayUntouched) {
    PrivateDir dir;
    BrokerProcess broker(dir, 60000);
    ASSERT_TRUE(broker.listening());
    const ChildOutcome outcome = run_child(
        client_environment(dir),
        []() -> std::vector<int64_t> {
            Rtk rtk = load_library();
            RTSSINST instance{};
            if (rtk.attach(1, &instance) != 0) return {-1};
            unsigned char *pages = writable_then_read_only();
            if (pages == nullptr) return {-2};
            const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
            // A HANDLE whose first half is in the writable page.
            auto *straddling = pages + page - sizeof(HANDLE) / 2;
            auto *read_only = pages + page;
            auto *unmapped = reinterpret_cast<unsigned char *>(uintptr_t{8});
            std::u16string units = u"badout";
            UNICODE_STRING name = unicode(units);
            HANDLE handle{};
            void *location{};
            std::vector<int64_t> got;
            for (unsigned char *out : {straddling, read_only, unmapped}) {
                got.push_back(rtk.create_shm(instance, reinterpret_cast<HANDLE *>(out), 0, 0, 4096,
                                             &name, &location));
                got.push_back(rtk.create_shm(instance, &handle, 0, 0, 4096, &name,
                                             reinterpret_cast<void **>(out)));
            }
            got.push_back(untouched(pages + page - 16, 32) ? 1 : 0);
            // Nothing was made: the open finds no object.
            got.push_back(rtk.open_shm(instance, &handle, 0, 0, &name, &location));
            // And an open of a real object refuses the same pointers.
            got.push_back(rtk.create_shm(instance, &handle, 0, 0, 4096, &name, &location));
            HANDLE second{};
            got.push_back(rtk.open_shm(instance, reinterpret_cast<HANDLE *>(straddling), 0, 0,
                                       &name, &location));
            got.push_back(rtk.open_shm(instance, &second, 0, 0, &name,
                                       reinterpret_cast<void **>(straddling)));
            got.push_back(untouched(pages + page - 16, 32) ? 1 : 0);
            return got;
        },
        20000);
    ASSERT_TRUE(outcome.finished) << "the child hung";
    ASSERT_EQ(outcome.values.size(), 12u) << "the child could not attach or map its pages";
    const char *rows[] = {"create, handle straddling", "create, location straddling",
                          "create, handle read-only",  "create, location read-only",
                          "create, handle unmapped",   "create, location unmapped"};
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(outcome.values[i], STATUS_INVALID_PARAMETER) << rows[i];
    }
    EXPECT_EQ(outcome.values[6], 1) << "a refused create wrote into the writable page";
    EXPECT_EQ(outcome.values[7], STATUS_OBJECT_NAME_NOT_FOUND) << "a refused create left an object";
    EXPECT_EQ(outcome.values[8], STATUS_SUCCESS) << "create with good pointers";
    EXPECT_EQ(outcome.values[9], STATUS_INVALID_PARAMETER) << "open, handle straddling";
    EXPECT_EQ(outcome.values[10], STATUS_INVALID_PARAMETER) << "open, location straddling";
    EXPECT_EQ(outcome.values[11], 1) << "a refused open wrote into the writable page";
}

}  // namespace
}  // namespace rtkref_hardening
