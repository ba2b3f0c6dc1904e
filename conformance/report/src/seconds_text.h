// Internal to rtkconf_report; not part of its API.
#pragma once

#include <cstdint>
#include <string>

namespace rtkconf::report::detail {

// "1.234" seconds from milliseconds, as JUnit and the report show them.
std::string seconds_text(std::int64_t milliseconds);

}  // namespace rtkconf::report::detail
