#include <cstdint>
#include <cstdio>
#include <string>

#include "rtk/RtkApi.h"
#include "rtkconf/step.h"

namespace rtkconf {

std::string status_hex(int32_t status) {
    char text[16];
    std::snprintf(text, sizeof text, "0x%08X",
                  static_cast<unsigned>(static_cast<uint32_t>(status)));
    return text;
}

std::string status_name(int32_t status) {
    // The names come from the API header's list, never from a copy here.
    const char *name = RtkStatusName(static_cast<NTSTATUS>(status));
    return name != nullptr ? std::string(name) : status_hex(status);
}

std::string status_text(int32_t status) {
    const char *name = RtkStatusName(static_cast<NTSTATUS>(status));
    return name != nullptr ? std::string(name) + " (" + status_hex(status) + ")"
                           : status_hex(status);
}

}  // namespace rtkconf
