// Runs tests, each in its own child process, up to --jobs at once; after
// each child the leak probe checks the names it created.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "child_report.h"
#include "leak_probe.h"
#include "rtkconf/role.h"
#include "rtkconf/results/vocabulary.h"

namespace rtkconf::runner {

using results::Profile;
using results::Status;

struct ExecutionSettings {
    std::filesystem::path self;   // this executable, re-run with --run-one
    std::vector<PeerRole> roles;  // the target's; the leak probe speaks the first
    std::filesystem::path peer;
    std::string transport = "process";  // the first role's, for the tests' context
    Profile profile = Profile::strict;
    std::chrono::milliseconds timeout{30000};       // per test, the child's deadline
    std::chrono::milliseconds step_timeout{10000};  // per peer call
    std::string name_prefix;                        // unique per run
    std::vector<std::filesystem::path> plugins;
    // The plugin that registered each test: its process loads that one
    // only (a test missing here gets them all).
    std::map<std::string, std::filesystem::path> plugin_of_test;
    std::filesystem::path work_dir;          // child reports and logs
    std::chrono::milliseconds settle{2000};  // the leak probe's patience
    bool leak_probe_usable = false;          // see check_probe_readiness
    std::string leak_probe_why;              // why not, when not
    bool safe = false;                       // plugins skip their hazardous tests
    bool heavy = false;                      // heavy rules run their full-size rows
};

struct TestJob {
    std::string rule_id;
    std::string test;             // "SHM_SIZE_001.RefusesHighNonZero"
    std::vector<PeerRole> roles;  // the roles its peers take (its rule's applicable ones)
    std::string shown;            // the test, and its role when it runs once per role
};

struct TestResult {
    std::string rule_id, test;
    Status status = Status::error;
    int64_t duration_ms = 0;
    std::vector<std::string> messages;
    std::vector<CallRecord> calls;
    std::string observed;
    std::vector<std::u16string> created;  // names of the objects the test created
    LeakCheck leak;                       // what the leak probe found afterwards
};

// The leak probe's settings for this run: its peer (the run's peer and
// implementation, labelled "leak probe") and its settle time.
LeakProbeSettings leak_probe_settings(const ExecutionSettings &settings);

TestResult run_test_isolated(const ExecutionSettings &settings, const TestJob &job,
                             std::size_t index);

// Results in the order of `jobs`; `on_done` is called (serialised) as each
// test finishes, with the number finished so far.
std::vector<TestResult> run_tests(
    const ExecutionSettings &settings, const std::vector<TestJob> &jobs, unsigned parallel,
    const std::function<void(std::size_t, const TestResult &)> &on_done);

}  // namespace rtkconf::runner
