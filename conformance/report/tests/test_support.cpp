#include "test_support.h"

#include <atomic>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <boost/process.hpp>

#include "rtkconf/results/json.h"
#include "rtkconf/platform/run_to_end.h"

namespace rtkconf::report::testing {

namespace bp = boost::process;

nlohmann::json load_sample_json(const std::string &file_name) {
    return nlohmann::json::parse(
        read_text(std::filesystem::path(RTKCONF_RESULTS_SAMPLES) / file_name));
}

results::Results load_sample(const std::string &file_name) {
    return load_sample_json(file_name).get<results::Results>();
}

TempDir::TempDir() {
    static std::atomic<int> counter{0};
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    path_ = std::filesystem::temp_directory_path() /
            ("rtkconf-report-test-" + std::to_string(stamp) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

void write_text(const std::filesystem::path &path, const std::string &text) {
    std::ofstream file(path, std::ios::binary);
    file << text;
    if (!file) throw std::runtime_error("cannot write " + path.string());
}

std::string read_text(const std::filesystem::path &path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream content;
    content << file.rdbuf();
    return content.str();
}

ToolRun run_tool(const std::filesystem::path &executable, const std::vector<std::string> &args,
                 std::chrono::milliseconds timeout) {
    ToolRun run;
    TempDir capture;
    const auto out_path = capture.path() / "stdout";
    const auto err_path = capture.path() / "stderr";
    platform::ChildCommand command;
    command.executable = executable;
    command.args = args;
    command.output = out_path;
    command.errors = err_path;
    command.own_group = true;  // a browser's helpers die with it
    const platform::ProcessEnd end = platform::run_to_end(command, timeout);
    if (end.how == platform::ProcessEnd::How::not_started) {
        run.err = end.detail;
        return run;
    }
    run.started = true;
    run.timed_out = end.how == platform::ProcessEnd::How::timed_out;
    if (end.how == platform::ProcessEnd::How::exited) run.exit_code = end.code;
    run.out = read_text(out_path);
    run.err = read_text(err_path);
    return run;
}

std::filesystem::path find_tool(const std::string &name, const std::filesystem::path &preferred) {
    std::error_code ec;
    if (!preferred.empty() && std::filesystem::exists(preferred, ec)) return preferred;
    return bp::search_path(name);
}

int count_of(const std::string &haystack, const std::string &needle) {
    int count = 0;
    for (auto pos = haystack.find(needle); pos != std::string::npos;
         pos = haystack.find(needle, pos + needle.size()))
        ++count;
    return count;
}

}  // namespace rtkconf::report::testing
