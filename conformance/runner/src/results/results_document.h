// The run's results (the results model, written as results.json; see
// conformance/results/RESULTS_SCHEMA.md), from its folded rules and what
// the runner knows of the run.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "fixture_index.h"
#include "rtkconf/role.h"
#include "plugin_loader.h"
#include "rtkconf/results/model.h"

namespace rtkconf::runner {

struct RunIdentity {
    std::string iut_path, iut_sha256, platform, label;
    std::string transport = "process";  // --transport: how peers reached the implementation
    std::string started;                // UTC, ISO 8601
    int64_t duration_ms = 0;
    results::Profile profile = results::Profile::strict;
    bool safe = false;   // run with --safe: hazardous tests were skipped
    bool heavy = false;  // run with --heavy: heavy rules ran their full-size rows
    std::string harness_version;
    std::string rule_filter;  // --rules as given; empty: every rule
    std::string runner;       // this rtkconf's path, for the rerun commands
    int64_t settle_ms = 0;
    std::vector<std::string> remaining_names;  // this run's names that still exist at the end
    std::string target_file;                   // --target; empty for --impl
    std::vector<PeerRole> roles;               // each role's library and flavour
    std::optional<results::Shard> shard;       // --shard K/N
};

// `rules` with their fixtures and rerun commands, and the verdict they
// support.
results::Results results_document(const RunIdentity &run, std::vector<results::Rule> rules,
                                  const std::vector<PluginStatus> &plugins,
                                  const FixtureIndex &fixtures);

// The command that reruns `rules_to_run` as `run` ran: "'/abs/rtkconf' run
// --impl '/abs/lib.so' --profile strict --rules 'SHM-A-001,SHM-B-002'".
std::string rerun_command(const RunIdentity &run, const std::string &rules_to_run);

// The runner a rerun command names (its first word, unquoted); empty when
// `rerun` does not start with a quoted word.
std::string runner_in(const std::string &rerun);

// The rules a finding reruns with: the rule itself, or for a leak rule the
// rules of the tests that leaked ("SHM_NAME_004.X" -> SHM-NAME-004).
std::string rules_to_rerun(const results::Rule &rule);

}  // namespace rtkconf::runner
