// The test child (`rtkconf --run-one TEST.NAME ...`): loads the plugins,
// runs exactly one GoogleTest test and writes a ChildReport. Running each
// test in its own process is what makes a crashing or hanging
// implementation cost one test, never the run.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace rtkconf::runner {

struct RunOneOptions {
    std::string test;                             // "SHM_SIZE_001.RefusesHighNonZero"
    std::vector<std::filesystem::path> plugins;   // already probed by the parent
    std::map<std::string, std::string> settings;  // the plugin ABI's run settings
    std::filesystem::path report;
};

// Returns the process exit code (0 whenever a report was written).
int run_one_main(const RunOneOptions &options);

}  // namespace rtkconf::runner
