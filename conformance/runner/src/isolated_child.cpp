#include "isolated_child.h"

#include <deque>
#include <fstream>
#include <system_error>
#include <thread>

// The umbrella header: Boost 1.81's Windows parts of Boost.Process only
// compile (mingw-w64) with everything included.
#include <boost/process.hpp>

namespace bp = boost::process;

namespace rtkconf::runner {
namespace {

// Only a group that really holds our child may be signalled: a never
// filled group handle means "every process" to killpg.
void kill_group(bp::group &group) {
    std::error_code ec;
    if (group.valid()) group.terminate(ec);
}

}  // namespace

ChildEnd run_isolated(const std::filesystem::path &executable, const std::vector<std::string> &args,
                      const std::filesystem::path &output_log, std::chrono::milliseconds timeout) {
    bp::group group;
    std::error_code ec;
    bp::child child(bp::exe = executable.string(), bp::args = args,
                    (bp::std_out & bp::std_err) > output_log, bp::std_in < bp::null, group, ec);
    if (ec || !child.valid()) {
        return {ChildEnd::How::not_started, 0,
                executable.string() + ": " + (ec ? ec.message() : "spawn failed")};
    }
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    auto pause = std::chrono::milliseconds(1);
    bool timed_out = false;
    while (child.running(ec) && !ec) {
        if (std::chrono::steady_clock::now() >= deadline) {
            timed_out = true;
            break;
        }
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::milliseconds(20));
    }
    // Peers the child left behind die with the group, whatever happened.
    kill_group(group);
    child.wait(ec);
    if (timed_out) {
        return {ChildEnd::How::timed_out, 0,
                "no result within " + std::to_string(timeout.count()) +
                    " ms; the test process and its peers were killed"};
    }
    return child_end_from_native(child.native_exit_code());
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
