// Which deliberately broken implementations (fixtures/mutants) break each
// rule, read from the file `--fixtures` names (the build's is
// <build>/lib/mutants/expectations.json). `list-rules` and results.json
// show it; with an index, a MUST or SHOULD rule without a fixture is
// flagged, since nothing proves the suite checks it. Without --fixtures
// there is no index: the runner tests implementations, and the project's
// own self-test is not theirs to read.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace rtkconf::runner {

struct FixtureIndex {
    std::map<std::string, std::vector<std::string>> by_rule;  // rule ID -> fixture names
    std::string problem;                                      // why the index is empty, when it is
    bool known = true;  // false: no index was given, so no rule is said to lack a fixture
};

// The index of a run or listing: none when `file` is empty.
FixtureIndex fixture_index_of(const std::filesystem::path &file);

// Never throws: a missing or malformed file yields an empty index whose
// `problem` says why.
FixtureIndex load_fixture_index(const std::filesystem::path &file);

}  // namespace rtkconf::runner
