// Name rules through the kernel namespace (CONFORMANCE.md D1, D2, D4):
// the checks run before the private prefix is added, and the prefixing
// keeps names exact (case, embedded NUL).
#include "test_support.h"

namespace rtkref::win32_tests {
namespace {

class Names : public Attached {
  protected:
    NTSTATUS create(RtkName &name, ULONG size = 4096) {
        HANDLE handle = nullptr;
        void *location = nullptr;
        return RtkCreateSharedMemory(inst_, &handle, 0, 0, size, name.get(), &location);
    }
    NTSTATUS open(RtkName &name, void **location_out = nullptr) {
        HANDLE handle = nullptr;
        void *location = nullptr;
        const NTSTATUS status =
            RtkOpenSharedMemory(inst_, &handle, SHM_MAP_WRITE, FALSE, name.get(), &location);
        if (location_out != nullptr) *location_out = location;
        return status;
    }
};

// The prefix makes the kernel name longer than 260: the limit is ours,
// applied to the caller's units, not the kernel's.
TEST_F(Names, Length260Accepted261RefusedForEveryKind) {
    struct Row {
        std::size_t units;
        NTSTATUS expected;
    };
    const Row rows[] = {{260, STATUS_SUCCESS}, {261, STATUS_NAME_TOO_LONG}};
    int index = 0;
    for (const Row &row : rows) {
        std::u16string units = unique_name("len");
        units.resize(row.units, u'x');
        RtkName shm(units);
        HANDLE handle = nullptr;
        void *location = nullptr;
        EXPECT_STATUS(row.expected,
                      RtkCreateSharedMemory(inst_, &handle, 0, 0, 4096, shm.get(), &location))
            << "row " << index << " shm";
        units.back() = u'm';
        RtkName mutex(units);
        EXPECT_STATUS(row.expected, RtkCreateMutex(inst_, &handle, nullptr, FALSE, mutex.get()))
            << "row " << index << " mutex";
        ++index;
    }
}

TEST_F(Names, BackslashAnywhereIsObjectNameInvalid) {
    const std::u16string base = unique_name("bs");
    const std::u16string rows[] = {u"\\" + base, base + u"\\x", base + u"\\"};
    int index = 0;
    for (const std::u16string &units : rows) {
        RtkName name(units);
        EXPECT_STATUS(STATUS_OBJECT_NAME_INVALID, create(name)) << "row " << index;
        EXPECT_STATUS(STATUS_OBJECT_NAME_INVALID, open(name)) << "row " << index;
        ++index;
    }
}

TEST_F(Names, ComparisonIsCaseSensitive) {
    const std::u16string base = unique_name("Case");
    RtkName upper(base + u"ABC");
    RtkName lower(base + u"abc");
    ASSERT_STATUS(STATUS_SUCCESS, create(upper));
    EXPECT_STATUS(STATUS_OBJECT_NAME_NOT_FOUND, open(lower));
    EXPECT_STATUS(STATUS_SUCCESS, open(upper));
}

// D2: "ab\0" and "ab" are different names; the kernel's NUL-terminated
// names need the escaping in kernel_name.cpp, which must stay injective.
TEST_F(Names, EmbeddedNulAndPercentNamesAreDistinct) {
    const std::u16string base = unique_name("nul");
    const std::u16string rows[] = {base, base + u'\0', base + u"%00", base + u"%", base + u"%25"};
    int index = 0;
    for (const std::u16string &units : rows) {
        RtkName name(units);
        HANDLE handle = nullptr;
        void *location = nullptr;
        ASSERT_STATUS(STATUS_SUCCESS,
                      RtkCreateSharedMemory(inst_, &handle, 0, 0, 4096, name.get(), &location))
            << "row " << index;
        // A fresh object reads zero; a shared one would show an earlier mark.
        EXPECT_TRUE(all_bytes_are(location, 4096, 0)) << "row " << index;
        static_cast<unsigned char *>(location)[0] = static_cast<unsigned char>(index + 1);
        ++index;
    }
    RtkName with_nul(base + u'\0');
    void *location = nullptr;
    ASSERT_STATUS(STATUS_SUCCESS, open(with_nul, &location));
    EXPECT_EQ(2, static_cast<unsigned char *>(location)[0]);
}

TEST_F(Names, OpenOfMissingNameIsNotFoundForEveryKind) {
    RtkName name(unique_name("missing"));
    HANDLE handle = nullptr;
    EXPECT_STATUS(STATUS_OBJECT_NAME_NOT_FOUND, open(name));
    EXPECT_STATUS(STATUS_OBJECT_NAME_NOT_FOUND, RtkOpenMutex(inst_, &handle, 0, FALSE, name.get()));
    EXPECT_STATUS(STATUS_OBJECT_NAME_NOT_FOUND, RtkOpenEvent(inst_, &handle, 0, FALSE, name.get()));
    EXPECT_STATUS(STATUS_OBJECT_NAME_NOT_FOUND,
                  RtkOpenSemaphore(inst_, &handle, 0, FALSE, name.get()));
}

TEST_F(Names, MalformedUnicodeStringIsInvalidParameter) {
    char16_t units[] = u"abcd";
    const UNICODE_STRING rows[] = {
        {3, 8, reinterpret_cast<PWSTR>(units)},  // odd Length
        {8, 6, reinterpret_cast<PWSTR>(units)},  // Length > MaximumLength
        {4, 8, nullptr},                         // NULL Buffer with Length > 0
    };
    int index = 0;
    for (UNICODE_STRING row : rows) {
        HANDLE handle = nullptr;
        void *location = nullptr;
        EXPECT_STATUS(STATUS_INVALID_PARAMETER,
                      RtkCreateSharedMemory(inst_, &handle, 0, 0, 4096, &row, &location))
            << "row " << index;
        EXPECT_STATUS(STATUS_INVALID_PARAMETER,
                      RtkCreateEvent(inst_, &handle, nullptr, FALSE, FALSE, &row))
            << "row " << index;
        ++index;
    }
}

TEST_F(Names, EmptyNameCreatesAnUnnamedObject) {
    char16_t unit = u'z';
    UNICODE_STRING empty{0, 2, reinterpret_cast<PWSTR>(&unit)};
    HANDLE first = nullptr;
    HANDLE second = nullptr;
    void *first_view = nullptr;
    void *second_view = nullptr;
    ASSERT_STATUS(STATUS_SUCCESS,
                  RtkCreateSharedMemory(inst_, &first, 0, 0, 4096, &empty, &first_view));
    ASSERT_STATUS(STATUS_SUCCESS,
                  RtkCreateSharedMemory(inst_, &second, 0, 0, 4096, &empty, &second_view));
    static_cast<unsigned char *>(first_view)[0] = 1;
    EXPECT_EQ(0, static_cast<unsigned char *>(second_view)[0]) << "two unnamed objects share";
    HANDLE opened = nullptr;
    void *location = nullptr;
    EXPECT_STATUS(STATUS_INVALID_PARAMETER,
                  RtkOpenSharedMemory(inst_, &opened, SHM_MAP_WRITE, FALSE, &empty, &location));
}

}  // namespace
}  // namespace rtkref::win32_tests
