#include "test_execution.h"

#include <fstream>
#include <mutex>

#include "at_once.h"
#include "child_outcome.h"
#include "isolated_child.h"
#include "leak_probe.h"

namespace rtkconf::runner {
namespace {

// The roles travel in a file: JSON on a command line would need quoting
// that differs between a POSIX exec and a Windows command line.
std::filesystem::path write_roles(const ExecutionSettings &s, const std::vector<PeerRole> &roles,
                                  std::size_t index) {
    const auto path = s.work_dir / ("test-" + std::to_string(index) + ".roles.json");
    std::ofstream(path) << roles_to_json(roles).dump();
    return path;
}

std::vector<std::string> child_args(const ExecutionSettings &s, const TestJob &job,
                                    const std::filesystem::path &report, std::size_t index) {
    const std::vector<PeerRole> &roles = job.roles.empty() ? s.roles : job.roles;
    std::vector<std::string> args{
        "--run-one", job.test, "--roles", write_roles(s, roles, index).string(), "--peer",
        s.peer.string(), "--profile", std::string(to_string(s.profile)), "--step-timeout-ms",
        std::to_string(s.step_timeout.count()),
        // Tests run in parallel: each gets its own name space.
        "--name-prefix", s.name_prefix + "t" + std::to_string(index) + ".", "--report",
        report.string()};
    // No library with the agent-device transport: an empty argument would
    // not survive a Windows command line.
    if (!roles.front().library.empty())
        args.insert(args.end(), {"--impl", roles.front().library.string()});
    if (s.safe) args.push_back("--safe");
    if (s.heavy) args.push_back("--heavy");
    args.insert(args.end(), {"--transport", roles.front().transport});
    const auto own = s.plugin_of_test.find(job.test);
    if (own != s.plugin_of_test.end()) {
        args.insert(args.end(), {"--plugin", own->second.string()});
    } else {
        for (const auto &p : s.plugins) args.insert(args.end(), {"--plugin", p.string()});
    }
    return args;
}

LeakCheck leak_check_for(const ExecutionSettings &s, const std::vector<std::u16string> &names) {
    if (names.empty()) return {};
    if (!s.leak_probe_usable) {
        LeakCheck skipped;
        skipped.messages.push_back("not checked: " + s.leak_probe_why);
        return skipped;
    }
    return check_leaks(leak_probe_settings(s), names);
}

}  // namespace

LeakProbeSettings leak_probe_settings(const ExecutionSettings &s) {
    LeakProbeSettings probe;
    probe.peer.peer_executable = s.peer;
    probe.peer.implementation = s.roles.front().library;
    probe.peer.flavour = s.roles.front().flavour;
    probe.peer.transport = s.roles.front().transport;
    probe.peer.step_timeout = s.step_timeout;
    probe.peer.label = "leak probe";
    probe.settle = s.settle;
    return probe;
}

TestResult run_test_isolated(const ExecutionSettings &s, const TestJob &job, std::size_t index) {
    const auto report_path = s.work_dir / ("test-" + std::to_string(index) + ".json");
    const auto log_path = s.work_dir / ("test-" + std::to_string(index) + ".log");
    const auto started = std::chrono::steady_clock::now();
    const ChildEnd end =
        run_isolated(s.self, child_args(s, job, report_path, index), log_path, s.timeout);

    std::string report_error;
    std::optional<ChildReport> report;
    if (end.how == ChildEnd::How::exited) report = read_child_report(report_path, report_error);
    const TestOutcome outcome = classify(end, report, report_error);

    TestResult result;
    result.rule_id = job.rule_id;
    result.test = job.shown.empty() ? job.test : job.shown;
    result.status = outcome.status;
    result.messages = outcome.messages;
    if (report) {
        result.calls = report->calls;
        result.observed = report->observed;
        result.created = report->names;
    }
    if (outcome.status == Status::crash || outcome.status == Status::timeout ||
        outcome.status == Status::error) {
        const std::string tail = log_tail(log_path, 15);
        if (!tail.empty()) result.messages.push_back("test process output (last lines):\n" + tail);
    }
    result.duration_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::steady_clock::now() - started)
                             .count();
    // Judged apart from the rule: a leak is a finding of its own.
    if (report) result.leak = leak_check_for(s, report->names);
    return result;
}

std::vector<TestResult> run_tests(
    const ExecutionSettings &settings, const std::vector<TestJob> &jobs, unsigned parallel,
    const std::function<void(std::size_t, const TestResult &)> &on_done) {
    std::vector<TestResult> results(jobs.size());
    std::size_t finished = 0;
    std::mutex done_mutex;
    for_each_at_once(jobs.size(), parallel, [&](std::size_t i) {
        results[i] = run_test_isolated(settings, jobs[i], i + 1);
        std::lock_guard lock(done_mutex);
        on_done(++finished, results[i]);
    });
    return results;
}

}  // namespace rtkconf::runner
