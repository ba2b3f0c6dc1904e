// What the Win32 backend tests share: names, an attached fixture, status
// printing and looks at a view through the Win32 API.
#pragma once

#include <gtest/gtest.h>

#include <cstddef>
#include <string>

#include "rtk/RtkApi.h"

namespace rtkref::win32_tests {

// A caller's UNICODE_STRING over code units it owns.
class RtkName {
  public:
    explicit RtkName(std::u16string units);
    RtkName(const RtkName &) = delete;
    RtkName &operator=(const RtkName &) = delete;
    UNICODE_STRING *get() { return &string_; }
    const std::u16string &units() const { return units_; }

  private:
    std::u16string units_;
    UNICODE_STRING string_{};
};

// A name no other process or test uses: the process id and a serial keep
// concurrent runs (CTest -j) apart in the one kernel namespace.
std::u16string unique_name(const std::string &what);
std::string to_utf8(const std::u16string &ascii);
std::u16string from_utf8(const std::string &ascii);

// "0xC0000034": how a peer reports a status on its stdout.
std::string status_hex(NTSTATUS status);
// "STATUS_OBJECT_NAME_NOT_FOUND (0xC0000034)", with the API header's name
// (RtkStatusName), so a failed comparison explains itself.
std::string status_text(NTSTATUS status);

#define EXPECT_STATUS(expected, actual)                     \
    EXPECT_EQ(::rtkref::win32_tests::status_text(expected), \
              ::rtkref::win32_tests::status_text(actual))
#define ASSERT_STATUS(expected, actual)                     \
    ASSERT_EQ(::rtkref::win32_tests::status_text(expected), \
              ::rtkref::win32_tests::status_text(actual))

// Every test runs attached; TearDown detaches, closing what is left (D6).
class Attached : public ::testing::Test {
  protected:
    void SetUp() override;
    void TearDown() override;
    RTSSINST inst_ = 0;
};

// The size of the view at `location`, as the Win32 API sees it.
std::size_t view_size(const void *location);
bool all_bytes_are(const void *location, std::size_t size, unsigned char value);

}  // namespace rtkref::win32_tests
