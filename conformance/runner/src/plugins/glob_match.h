// --rules selection: shell-style globs over rule IDs ('*' any run, '?' one
// character), several separated by commas ("SHM-SIZE-*,SHM-HANDLE-00?").
// A glob that starts with '!' leaves out the rules it matches
// ("SHM-CONC-*,!SHM-CONC-001", or "!SHM-CAP-*" alone for every other rule).
#pragma once

#include <string_view>

namespace rtkconf::runner {

bool glob_match(std::string_view pattern, std::string_view text);

// True when no '!' pattern matches and any other pattern does; a list
// without other patterns (empty, or only '!' ones) selects every rule it
// does not leave out.
bool matches_any(std::string_view patterns, std::string_view text);

}  // namespace rtkconf::runner
