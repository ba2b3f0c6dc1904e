// --rules selection: shell-style globs over rule IDs ('*' any run, '?' one
// character), several separated by commas ("SHM-SIZE-*,SHM-HANDLE-00?").
// A glob that starts with '!' leaves out the rules it matches
// ("SHM-CONC-*,!SHM-CONC-001", or "!SHM-CAP-*" alone for every other rule).
#pragma once

#include <string>
#include <string_view>

namespace rtkconf::runner {

bool glob_match(std::string_view pattern, std::string_view text);

// True when no '!' pattern matches and any other pattern does; a list
// without other patterns (empty, or only '!' ones) selects every rule it
// does not leave out.
// Spaces around a glob are not part of it ("SHM-CAP-*, !SHM-CAP-001").
bool matches_any(std::string_view patterns, std::string_view text);

// Why `patterns` cannot be a --rules value, or "" when it can: a '!' with
// nothing after it would leave nothing out and still mark the run filtered.
std::string glob_list_problem(std::string_view patterns);

}  // namespace rtkconf::runner
