#include "test_support.h"

#include <windows.h>

#include <atomic>
#include <cstdio>

namespace rtkref::win32_tests {

RtkName::RtkName(std::u16string units) : units_(std::move(units)) {
    string_.Length = static_cast<USHORT>(units_.size() * 2);
    string_.MaximumLength = string_.Length;
    string_.Buffer = reinterpret_cast<PWSTR>(units_.data());
}

std::u16string unique_name(const std::string &what) {
    static std::atomic<unsigned> serial{0};
    return from_utf8("rtkw." + std::to_string(GetCurrentProcessId()) + "." +
                     std::to_string(++serial) + "." + what);
}

std::string to_utf8(const std::u16string &ascii) {
    std::string out;
    for (char16_t unit : ascii) out += static_cast<char>(unit);
    return out;
}

std::u16string from_utf8(const std::string &ascii) {
    std::u16string out;
    for (char c : ascii) out += static_cast<char16_t>(static_cast<unsigned char>(c));
    return out;
}

std::string status_hex(NTSTATUS status) {
    char text[16];
    std::snprintf(text, sizeof text, "0x%08lX", static_cast<unsigned long>(status));
    return text;
}

std::string status_text(NTSTATUS status) {
    const char *name = RtkStatusName(status);
    return name != nullptr ? std::string(name) + " (" + status_hex(status) + ")"
                           : status_hex(status);
}

void Attached::SetUp() {
    ASSERT_STATUS(STATUS_SUCCESS, RtkRtssAttach(1, &inst_));
}

void Attached::TearDown() {
    if (inst_ != 0) {
        EXPECT_STATUS(STATUS_SUCCESS, RtkRtssDetach(inst_));
    }
}

std::size_t view_size(const void *location) {
    MEMORY_BASIC_INFORMATION region{};
    if (VirtualQuery(location, &region, sizeof region) == 0) return 0;
    return region.RegionSize;
}

bool all_bytes_are(const void *location, std::size_t size, unsigned char value) {
    const auto *bytes = static_cast<const unsigned char *>(location);
    for (std::size_t i = 0; i < size; ++i) {
        if (bytes[i] != value) return false;
    }
    return true;
}

}  // namespace rtkref::win32_tests
