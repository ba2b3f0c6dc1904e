// The memory a view gives (CONFORMANCE.md D1, D3, D5, D8, D9).
#include <windows.h>
// psapi.h needs the types windows.h defines.
#include <psapi.h>

#include <vector>

#include "test_support.h"

namespace rtkref::win32_tests {
namespace {

class Memory : public Attached {
  protected:
    void *create(RtkName &name, ULONG size, HANDLE *handle_out = nullptr) {
        HANDLE handle = nullptr;
        void *location = nullptr;
        EXPECT_STATUS(STATUS_SUCCESS,
                      RtkCreateSharedMemory(inst_, &handle, 0, 0, size, name.get(), &location))
            << "size " << size;
        if (handle_out != nullptr) *handle_out = handle;
        return location;
    }
};

std::size_t page_size() {
    SYSTEM_INFO info{};
    GetSystemInfo(&info);
    return info.dwPageSize;
}

std::size_t round_up(std::size_t size, std::size_t page) {
    return (size + page - 1) / page * page;
}

// Running under wine: some results differ from Windows (see the test).
bool under_wine() {
    HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll != nullptr && GetProcAddress(ntdll, "wine_get_version") != nullptr;
}

TEST_F(Memory, WholeRequestedSizeIsUsableAndFreshMemoryIsZero) {
    const ULONG rows[] = {1, 4096, 4097, 3 * 65536 + 5, 2 * 1024 * 1024};
    int index = 0;
    for (ULONG size : rows) {
        RtkName name(unique_name("size"));
        auto *bytes = static_cast<unsigned char *>(create(name, size));
        ASSERT_NE(nullptr, bytes) << "row " << index;
        EXPECT_EQ(round_up(size, page_size()), view_size(bytes)) << "row " << index;
        EXPECT_TRUE(all_bytes_are(bytes, size, 0)) << "row " << index;
        for (ULONG i = 0; i < size; ++i) bytes[i] = static_cast<unsigned char>(i * 7 + 1);
        bool kept = true;
        for (ULONG i = 0; i < size; ++i)
            kept = kept && bytes[i] == static_cast<unsigned char>(i * 7 + 1);
        EXPECT_TRUE(kept) << "row " << index;
        ++index;
    }
}

TEST_F(Memory, SizeArgumentsAreChecked) {
    RtkName name(unique_name("badsize"));
    HANDLE handle = nullptr;
    void *location = nullptr;
    EXPECT_STATUS(STATUS_INVALID_PARAMETER,
                  RtkCreateSharedMemory(inst_, &handle, 0, 1, 4096, name.get(), &location));
    EXPECT_STATUS(STATUS_INVALID_PARAMETER,
                  RtkCreateSharedMemory(inst_, &handle, 0, 0, 0, name.get(), &location));
    EXPECT_STATUS(STATUS_OBJECT_NAME_NOT_FOUND,
                  RtkOpenSharedMemory(inst_, &handle, SHM_MAP_WRITE, FALSE, name.get(), &location));
}

TEST_F(Memory, ExistingNameKeepsTheCreatorsSize) {
    const std::size_t page = page_size();
    RtkName name(unique_name("creator"));
    auto *first = static_cast<unsigned char *>(create(name, static_cast<ULONG>(3 * page)));
    ASSERT_NE(nullptr, first);
    first[3 * page - 1] = 0x5C;
    const ULONG rows[] = {1, static_cast<ULONG>(10 * page)};
    int index = 0;
    for (ULONG size : rows) {
        auto *again = static_cast<unsigned char *>(create(name, size));
        ASSERT_NE(nullptr, again) << "row " << index;
        EXPECT_EQ(3 * page, view_size(again)) << "row " << index;
        EXPECT_EQ(0x5C, again[3 * page - 1]) << "row " << index;
        ++index;
    }
}

TEST_F(Memory, RecreatedNameReadsZero) {
    RtkName name(unique_name("recreate"));
    HANDLE handle = nullptr;
    auto *bytes = static_cast<unsigned char *>(create(name, 8192, &handle));
    ASSERT_NE(nullptr, bytes);
    for (int i = 0; i < 8192; ++i) bytes[i] = 0xEE;
    ASSERT_STATUS(STATUS_SUCCESS, RtkCloseHandle(inst_, handle));
    auto *again = static_cast<unsigned char *>(create(name, 8192));
    ASSERT_NE(nullptr, again);
    EXPECT_TRUE(all_bytes_are(again, 8192, 0));
}

// D5: close unmaps the handle's view; unmap leaves the handle open.
TEST_F(Memory, UnmapKeepsTheHandleAndCloseUnmaps) {
    RtkName name(unique_name("unmap"));
    HANDLE first = nullptr;
    HANDLE second = nullptr;
    void *first_view = create(name, 4096, &first);
    void *second_view = create(name, 4096, &second);
    ASSERT_NE(nullptr, first_view);
    ASSERT_NE(nullptr, second_view);
    EXPECT_STATUS(STATUS_SUCCESS, RtkUnMapSharedMemory(inst_, first_view));
    EXPECT_STATUS(STATUS_INVALID_PARAMETER, RtkUnMapSharedMemory(inst_, first_view));
    EXPECT_STATUS(STATUS_INVALID_PARAMETER, RtkUnMapSharedMemory(inst_, nullptr));
    MEMORY_BASIC_INFORMATION region{};
    ASSERT_NE(0u, VirtualQuery(first_view, &region, sizeof region));
    EXPECT_NE(static_cast<DWORD>(MEM_MAPPED), region.Type) << "unmapped view still mapped";
    EXPECT_STATUS(STATUS_SUCCESS, RtkCloseHandle(inst_, first));
    EXPECT_STATUS(STATUS_SUCCESS, RtkCloseHandle(inst_, second));
    ASSERT_NE(0u, VirtualQuery(second_view, &region, sizeof region));
    EXPECT_NE(static_cast<DWORD>(MEM_MAPPED), region.Type) << "close left the view mapped";
}

// D9: every page of a view is resident and locked. QueryWorkingSetEx tells
// both on Windows; wine reports residency but never Locked (a known gap:
// if that starts passing under wine, this test fails, so the expectation
// gets updated).
TEST_F(Memory, ViewIsResidentAndLocked) {
    const std::size_t page = page_size();
    RtkName name(unique_name("locked"));
    auto *bytes = static_cast<unsigned char *>(create(name, static_cast<ULONG>(8 * page)));
    ASSERT_NE(nullptr, bytes);
    std::vector<PSAPI_WORKING_SET_EX_INFORMATION> pages(8);
    for (std::size_t i = 0; i < pages.size(); ++i) pages[i].VirtualAddress = bytes + i * page;
    ASSERT_TRUE(QueryWorkingSetEx(GetCurrentProcess(), pages.data(),
                                  static_cast<DWORD>(pages.size() * sizeof pages[0])))
        << "QueryWorkingSetEx failed, error " << GetLastError();
    for (std::size_t i = 0; i < pages.size(); ++i) {
        EXPECT_EQ(1u, pages[i].VirtualAttributes.Valid) << "page " << i << " not resident";
        if (under_wine()) {
            EXPECT_EQ(0u, pages[i].VirtualAttributes.Locked)
                << "page " << i << ": wine now reports Locked; expect it everywhere";
        } else {
            EXPECT_EQ(1u, pages[i].VirtualAttributes.Locked) << "page " << i << " not locked";
        }
    }
}

}  // namespace
}  // namespace rtkref::win32_tests
