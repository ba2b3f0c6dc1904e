#include <array>
#include <cstdint>
#include <cstdio>
#include <string>
#include <utility>

#include "rtkconf/step.h"

namespace rtkconf {

namespace {

// The pinned table of spec/rtk-api-notes.md; values, not the header's macros,
// so this file does not depend on which platform header defined them.
constexpr std::array<std::pair<uint32_t, const char *>, 15> kStatusNames{{
    {0x00000000u, "STATUS_SUCCESS"},
    {0x40000000u, "STATUS_OBJECT_NAME_EXISTS"},
    {0xC0000001u, "STATUS_UNSUCCESSFUL"},
    {0xC0000002u, "STATUS_NOT_IMPLEMENTED"},
    {0xC0000008u, "STATUS_INVALID_HANDLE"},
    {0xC000000Du, "STATUS_INVALID_PARAMETER"},
    {0xC000000Eu, "STATUS_NO_SUCH_DEVICE"},
    {0xC0000017u, "STATUS_NO_MEMORY"},
    {0xC0000024u, "STATUS_OBJECT_TYPE_MISMATCH"},
    {0xC0000033u, "STATUS_OBJECT_NAME_INVALID"},
    {0xC0000034u, "STATUS_OBJECT_NAME_NOT_FOUND"},
    {0xC0000035u, "STATUS_OBJECT_NAME_COLLISION"},
    {0xC000009Au, "STATUS_INSUFFICIENT_RESOURCES"},
    {0xC0000106u, "STATUS_NAME_TOO_LONG"},
    {0xC000026Au, "STATUS_LICENSE_VIOLATION"},
}};

}  // namespace

std::string status_name(int32_t status) {
    const auto value = static_cast<uint32_t>(status);
    for (const auto &[code, name] : kStatusNames)
        if (code == value) return name;
    char text[16];
    std::snprintf(text, sizeof text, "0x%08X", static_cast<unsigned>(value));
    return text;
}

}  // namespace rtkconf
