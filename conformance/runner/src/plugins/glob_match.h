// --rules selection: shell-style globs over rule IDs ('*' any run, '?' one
// character), several separated by commas ("SHM-SIZE-*,SHM-HANDLE-00?").
#pragma once

#include <string_view>

namespace rtkconf::runner {

bool glob_match(std::string_view pattern, std::string_view text);

// True when any comma-separated pattern matches; an empty list matches all.
bool matches_any(std::string_view patterns, std::string_view text);

}  // namespace rtkconf::runner
