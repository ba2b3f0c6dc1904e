// The single place where the runner hands results to the result writers
// (library rtkconf::report): results.json, junit.xml and report.html for
// `run`, the merge matrix and the merge of shards for `report --merge`,
// and `diff`.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "rtkconf/results/model.h"

namespace rtkconf::runner {

// Writes results.json, junit.xml and report.html into `dir`; returns the
// errors (empty when all were written).
std::vector<std::string> write_run_outputs(const results::Results &results,
                                           const std::filesystem::path &dir);

// `rtkconf report --merge A.json B.json -o FILE.html`: runs side by side.
// Exit code.
int merge_reports(const std::vector<std::filesystem::path> &inputs,
                  const std::filesystem::path &output);

// `rtkconf report --merge SHARD.json... --report-dir DIR`: the N shards of
// one run joined into the run's results.json, junit.xml and report.html.
// Exit code: the run's verdict, as `run` gives it; 2 when the documents
// are not the shards of one run.
int merge_shard_reports(const std::vector<std::filesystem::path> &inputs,
                        const std::filesystem::path &dir);

// `rtkconf diff A.json B.json`: prints the rules whose status changed;
// with `content`, every differing field but those any two runs differ in;
// with `rule_globs` (as `run --rules`), only the rules they select are
// compared. Exit code (0 = none).
int diff_reports(const std::filesystem::path &before, const std::filesystem::path &after,
                 bool content, const std::string &rule_globs = "");

}  // namespace rtkconf::runner
