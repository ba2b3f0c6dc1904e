// Which deliberately broken implementations (fixtures/mutants) break each
// rule, read from the expectations file the build copies beside the
// mutants. `list-rules` and results.json show it; a MUST or SHOULD rule
// without a fixture is flagged, since nothing proves the suite checks it.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace rtkconf::runner {

struct FixtureIndex {
    std::map<std::string, std::vector<std::string>> by_rule;  // rule ID -> fixture names
    std::string problem;                                      // why the index is empty, when it is
};

// <bin>/../lib/mutants/expectations.json
std::filesystem::path default_fixture_index(const std::filesystem::path &self_executable);

// Never throws: a missing or malformed file yields an empty index whose
// `problem` says why.
FixtureIndex load_fixture_index(const std::filesystem::path &file);

}  // namespace rtkconf::runner
