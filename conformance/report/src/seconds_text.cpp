#include "seconds_text.h"

#include <cstdio>

namespace rtkconf::report::detail {

std::string seconds_text(std::int64_t milliseconds) {
    if (milliseconds < 0) milliseconds = 0;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%lld.%03lld", static_cast<long long>(milliseconds / 1000),
                  static_cast<long long>(milliseconds % 1000));
    return buffer;
}

}  // namespace rtkconf::report::detail
