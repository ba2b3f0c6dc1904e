#include "isolated_child.h"

#include <deque>
#include <fstream>
#include <thread>

#include "rtkconf/platform/run_to_end.h"

namespace rtkconf::runner {
namespace {

// Starts of one child before it counts as not started. Under wine,
// CreateProcess sometimes fails with "Internal error" (a plugin probe and
// a peer start have each cost a CI run to it); a refused start ran
// nothing, so starting again runs nothing twice. As a peer's start.
constexpr int kStartAttempts = 4;

}  // namespace

ChildEnd run_isolated(const std::filesystem::path &executable, const std::vector<std::string> &args,
                      const std::filesystem::path &output_log, std::chrono::milliseconds timeout) {
    platform::ChildCommand command;
    command.executable = executable;
    command.args = args;
    command.output = output_log;  // stdout and stderr both
    command.own_group = true;     // its peers die with it
    ChildEnd end;
    for (int attempt = 1;; ++attempt) {
        end = platform::run_to_end(command, timeout);
        if (end.how != ChildEnd::How::not_started) break;
        if (attempt == kStartAttempts) {
            end.detail += " (" + std::to_string(kStartAttempts) + " starts)";
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50 * attempt * attempt));
    }
    if (end.how == ChildEnd::How::timed_out) {
        end.detail = "no result within " + std::to_string(timeout.count()) +
                     " ms; the test process and its peers were killed";
    }
    return end;
}

std::string log_tail(const std::filesystem::path &log, std::size_t max_lines) {
    std::ifstream in(log, std::ios::binary);
    std::deque<std::string> lines;
    std::string line;
    while (std::getline(in, line)) {
        lines.push_back(line);
        if (lines.size() > max_lines) lines.pop_front();
    }
    std::string tail;
    for (const std::string &l : lines) tail += l + "\n";
    return tail;
}

}  // namespace rtkconf::runner
