// Wild pointers from the caller are STATUS_INVALID_PARAMETER, never a
// crash, and a refused call creates nothing (CONFORMANCE.md D1).
#include <windows.h>

#include <vector>

#include "test_support.h"

namespace rtkref::win32_tests {
namespace {

class BadPointers : public Attached {
  protected:
    void SetUp() override {
        Attached::SetUp();
        // Plausible pointers: a read-only page, a no-access page and a page
        // reserved but never committed (a released page could be handed
        // out again by the next allocation). Under wine ReadProcessMemory
        // reads no-access and released memory without failing.
        read_only_ = VirtualAlloc(nullptr, 4096, MEM_COMMIT | MEM_RESERVE, PAGE_READONLY);
        no_access_ = VirtualAlloc(nullptr, 4096, MEM_COMMIT | MEM_RESERVE, PAGE_NOACCESS);
        reserved_ = VirtualAlloc(nullptr, 4096, MEM_RESERVE, PAGE_READWRITE);
        ASSERT_NE(nullptr, read_only_);
        ASSERT_NE(nullptr, no_access_);
        ASSERT_NE(nullptr, reserved_);
        // Two pages, the second no-access: a pointer 4 bytes before the end
        // of the first is readable only in part.
        straddle_ = VirtualAlloc(nullptr, 8192, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
        ASSERT_NE(nullptr, straddle_);
        DWORD old = 0;
        ASSERT_TRUE(
            VirtualProtect(static_cast<char *>(straddle_) + 4096, 4096, PAGE_NOACCESS, &old));
    }
    void TearDown() override {
        VirtualFree(read_only_, 0, MEM_RELEASE);
        VirtualFree(no_access_, 0, MEM_RELEASE);
        VirtualFree(reserved_, 0, MEM_RELEASE);
        VirtualFree(straddle_, 0, MEM_RELEASE);
        Attached::TearDown();
    }
    std::vector<void *> wild() const {
        return {reinterpret_cast<void *>(0x1),
                reinterpret_cast<void *>(0x1000),
                reinterpret_cast<void *>(0xDEADBEEF000ull),
                reinterpret_cast<void *>(0xFFFF800000000000ull),
                no_access_,
                reserved_,
                static_cast<char *>(straddle_) + 4092};
    }
    void *read_only_ = nullptr;
    void *no_access_ = nullptr;
    void *reserved_ = nullptr;
    void *straddle_ = nullptr;
};

TEST_F(BadPointers, GarbageUnicodeStringPointer) {
    int index = 0;
    for (void *pointer : wild()) {
        auto *name = static_cast<UNICODE_STRING *>(pointer);
        HANDLE handle = nullptr;
        void *location = nullptr;
        EXPECT_STATUS(STATUS_INVALID_PARAMETER,
                      RtkCreateSharedMemory(inst_, &handle, 0, 0, 4096, name, &location))
            << "row " << index;
        EXPECT_EQ(nullptr, handle) << "row " << index;
        EXPECT_STATUS(STATUS_INVALID_PARAMETER,
                      RtkOpenSharedMemory(inst_, &handle, SHM_MAP_WRITE, FALSE, name, &location))
            << "row " << index;
        EXPECT_STATUS(STATUS_INVALID_PARAMETER,
                      RtkCreateMutex(inst_, &handle, nullptr, FALSE, name))
            << "row " << index;
        EXPECT_STATUS(STATUS_INVALID_PARAMETER, RtkOpenSemaphore(inst_, &handle, 0, FALSE, name))
            << "row " << index;
        ++index;
    }
}

TEST_F(BadPointers, GarbageNameBuffer) {
    int index = 0;
    for (void *pointer : wild()) {
        UNICODE_STRING name{8, 8, static_cast<PWSTR>(pointer)};
        HANDLE handle = nullptr;
        void *location = nullptr;
        EXPECT_STATUS(STATUS_INVALID_PARAMETER,
                      RtkCreateSharedMemory(inst_, &handle, 0, 0, 4096, &name, &location))
            << "row " << index;
        EXPECT_STATUS(STATUS_INVALID_PARAMETER,
                      RtkCreateEvent(inst_, &handle, nullptr, FALSE, FALSE, &name))
            << "row " << index;
        ++index;
    }
}

TEST_F(BadPointers, GarbageOrReadOnlyHandlePointerCreatesNothing) {
    std::vector<void *> rows = wild();
    rows.push_back(read_only_);
    int index = 0;
    for (void *pointer : rows) {
        RtkName name(unique_name("badhandle"));
        auto *handle_out = static_cast<HANDLE *>(pointer);
        void *location = nullptr;
        EXPECT_STATUS(STATUS_INVALID_PARAMETER,
                      RtkCreateSharedMemory(inst_, handle_out, 0, 0, 4096, name.get(), &location))
            << "row " << index;
        EXPECT_STATUS(STATUS_INVALID_PARAMETER,
                      RtkCreateMutex(inst_, handle_out, nullptr, FALSE, name.get()))
            << "row " << index;
        HANDLE handle = nullptr;
        EXPECT_STATUS(
            STATUS_OBJECT_NAME_NOT_FOUND,
            RtkOpenSharedMemory(inst_, &handle, SHM_MAP_WRITE, FALSE, name.get(), &location))
            << "row " << index << ": a refused create left an object";
        ++index;
    }
}

TEST_F(BadPointers, GarbageLocationPointerCreatesNothing) {
    std::vector<void *> rows = wild();
    rows.push_back(read_only_);
    rows.push_back(nullptr);
    int index = 0;
    for (void *pointer : rows) {
        RtkName name(unique_name("badlocation"));
        HANDLE handle = nullptr;
        EXPECT_STATUS(STATUS_INVALID_PARAMETER,
                      RtkCreateSharedMemory(inst_, &handle, 0, 0, 4096, name.get(),
                                            static_cast<void **>(pointer)))
            << "row " << index;
        void *location = nullptr;
        EXPECT_STATUS(
            STATUS_OBJECT_NAME_NOT_FOUND,
            RtkOpenSharedMemory(inst_, &handle, SHM_MAP_WRITE, FALSE, name.get(), &location))
            << "row " << index;
        ++index;
    }
}

TEST_F(BadPointers, GarbageInstancePointerForAttach) {
    std::vector<void *> rows = wild();
    rows.push_back(read_only_);
    int index = 0;
    for (void *pointer : rows) {
        EXPECT_STATUS(STATUS_INVALID_PARAMETER, RtkRtssAttach(1, static_cast<RTSSINST *>(pointer)))
            << "row " << index;
        ++index;
    }
}

}  // namespace
}  // namespace rtkref::win32_tests
