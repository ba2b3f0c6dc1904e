// The single place where the runner hands results.json to the result
// writers (library rtkconf::report): junit.xml and report.html for `run`,
// the merge matrix for `report --merge`, and `diff`.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace rtkconf::runner {

// Writes results.json, junit.xml and report.html into `dir`; returns the
// errors (empty when all were written).
std::vector<std::string> write_run_outputs(const nlohmann::json &results,
                                           const std::filesystem::path &dir);

// `rtkconf report --merge A.json B.json -o FILE.html`. Exit code.
int merge_reports(const std::vector<std::filesystem::path> &inputs,
                  const std::filesystem::path &output);

// `rtkconf diff A.json B.json`: prints the changes. Exit code (0 = none).
int diff_reports(const std::filesystem::path &before, const std::filesystem::path &after);

// Reads and parses a results document; nullopt with a message on error.
std::optional<nlohmann::json> read_results(const std::filesystem::path &path, std::string &error);

}  // namespace rtkconf::runner
