// Helpers of the rtkconf_report tests: sample documents and running tools
// (xmllint, chromium) as real child processes (rtkconf::platform).
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "rtkconf/results/model.h"

namespace rtkconf::report::testing {

// A sample document (conformance/results/tests/data/), as JSON and read
// into the model (throws when the model refuses it).
nlohmann::json load_sample_json(const std::string &file_name);
results::Results load_sample(const std::string &file_name);

// A fresh directory under the system temp dir, removed by the destructor.
class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;
    const std::filesystem::path &path() const { return path_; }

  private:
    std::filesystem::path path_;
};

void write_text(const std::filesystem::path &path, const std::string &text);
std::string read_text(const std::filesystem::path &path);

struct ToolRun {
    bool started = false;  // false: the executable could not be run
    bool timed_out = false;
    int exit_code = -1;
    std::string out;  // stdout
    std::string err;  // stderr
};

// Runs `executable` with `args`, stdout/stderr captured through files
// (no pipe can fill up and block), killed after `timeout`.
ToolRun run_tool(const std::filesystem::path &executable, const std::vector<std::string> &args,
                 std::chrono::milliseconds timeout);

// `name` on PATH or at `preferred`; empty when neither exists.
std::filesystem::path find_tool(const std::string &name, const std::filesystem::path &preferred);

// Non-overlapping occurrences of `needle` in `haystack`.
int count_of(const std::string &haystack, const std::string &needle);

}  // namespace rtkconf::report::testing
