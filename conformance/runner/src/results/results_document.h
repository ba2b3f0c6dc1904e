// results.json (conformance/report/RESULTS_SCHEMA.md, version 1): the one
// document every other output of a run is derived from.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "fixture_index.h"
#include "plugin_loader.h"
#include "rule_results.h"

namespace rtkconf::runner {

struct RunIdentity {
    std::string iut_path, iut_sha256, platform, label;
    std::string transport = "process";  // --transport: how peers reached the implementation
    std::string started;                // UTC, ISO 8601
    int64_t duration_ms = 0;
    Profile profile = Profile::strict;
    bool safe = false;   // run with --safe: hazardous tests were skipped
    bool heavy = false;  // run with --heavy: heavy rules ran their full-size rows
    std::string harness_version;
    std::string rule_filter;  // --rules as given; empty: every rule
    std::string runner;       // this rtkconf's path, for the rerun commands
    int64_t settle_ms = 0;
    std::vector<std::string> remaining_names;  // this run's names that still exist at the end
};

nlohmann::json results_document(const RunIdentity &run, const std::vector<RuleResult> &rules,
                                const std::vector<PluginStatus> &plugins,
                                const FixtureIndex &fixtures);

}  // namespace rtkconf::runner
