// The subcommands of rtkconf, each returning the process exit code:
// 0 conformant / success, 1 not conformant / differences, 2 usage or
// harness error.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "rtkconf/results/vocabulary.h"

namespace rtkconf::runner {

struct RunOptions {
    std::filesystem::path impl;         // empty with --target, or with the agent-device transport
    std::string flavour = "rtk";        // which API of `impl` the peers call
    std::string transport = "process";  // how peers reach it (rtkconf/peer.h, PeerOptions)
    std::filesystem::path target;       // instead: a file naming each role's library and flavour
    std::filesystem::path report_dir = "rtkconf-report";
    std::string profile = "strict";
    std::string rules;   // comma-separated globs; empty = all
    bool safe = false;   // skip the probes that could crash a kernel-mode implementation
    bool heavy = false;  // heavy rules run their full-size rows (minutes, gigabytes)
    double timeout_seconds = 30;
    // --timeout when --heavy is given without one: a 64 GiB row took
    // 153 s alone on a loaded 2-core machine, and 348 s with the other one
    // beside it (SHM-CAP-006 and SHM-MAP-008 run at once); over three times that.
    static constexpr double kHeavyTimeoutSeconds = 1200;
    // Tests at once; 0: twice the cores (at least 2, at most 8), as a test
    // mostly waits on process starts and round trips (the strict run on 2
    // cores: 3.2-3.3 s at four, 3.7-4.1 s at two, BENCHMARKS.md), but 2
    // with --heavy, whose rows take gigabytes each.
    unsigned jobs = 0;
    unsigned repeat = 1;               // each selected test runs this many times; the worst counts
    unsigned settle_ms = 2000;         // how long the leak probe waits for asynchronous cleanup
    std::filesystem::path expect;      // declared failures (expected_failures.h); empty: none
    std::filesystem::path plugin_dir;  // empty = default
    std::filesystem::path fixture_index;  // empty: no index (see fixture_index.h)
    std::string shard;  // "K/N": run the K-th of N parts of the rules (shard.h); empty: all
};

// What `run` (and `report --merge` of shards) exits with for a verdict:
// 0 conformant, 1 not conformant, 2 incomplete.
int verdict_exit_code(results::Verdict verdict);

int run_command(const RunOptions &options);
int list_rules_command(const std::string &format, const std::filesystem::path &plugin_dir,
                       const std::filesystem::path &fixture_index);

// The hidden child modes; `argv[1]` is --run-one or --probe-plugin.
bool is_hidden_mode(int argc, char **argv);
int hidden_mode_main(int argc, char **argv);

}  // namespace rtkconf::runner
