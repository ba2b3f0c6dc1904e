// Failures a vendor declares ahead of a run (`rtkconf run --expect FILE`),
// as Wine's todo_wine does: a declared rule that fails is an "expected
// fail" and does not fail the verdict; one that passes is an "unexpected
// pass" and does, since the declaration has gone stale.
//
// The file is JSON:
//   {"expected_failures": [
//      {"rule": "SHM-NAME-004", "reason": "names are case-insensitive", "link": "BUG-123"}]}
// `link` is optional; `reason` is required.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "rtkconf/results/model.h"

namespace rtkconf::runner {

struct DeclaredFailure {
    std::string rule, reason, link;
};

// nullopt when the file cannot be read or is malformed (`error` says why).
std::optional<std::vector<DeclaredFailure>> load_expected_failures(
    const std::filesystem::path &path, std::string &error);

// Marks the declared rules of `rules`; returns the declared IDs that name
// no rule of the run (a usage error: the declaration is for something else).
std::vector<std::string> apply_expected_failures(std::vector<results::Rule> &rules,
                                                 const std::vector<DeclaredFailure> &declared);

}  // namespace rtkconf::runner
