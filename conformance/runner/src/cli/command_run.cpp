#include <algorithm>
#include <chrono>
#include <ctime>
#include <iostream>
#include <thread>

#include "commands.h"
#include "expected_failures.h"
#include "host_platform.h"
#include "iut_check.h"
#include "leak_rules.h"
#include "plugin_probe.h"
#include "progress.h"
#include "report_outputs.h"
#include "results_document.h"
#include "rule_results.h"
#include "sha256.h"
#include "shard.h"
#include "target.h"
#include "work_dir.h"
#include "rtkconf/agent/protocol.h"
#include "rtkconf/peer.h"

namespace rtkconf::runner {
namespace {

std::string utc_now_iso8601() {
    const std::time_t now = std::time(nullptr);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
    return buf;
}

int usage_error(const std::string &message) {
    std::cerr << "rtkconf run: " << message << "\n";
    return 2;
}

// A peer call must end well before the test's own deadline, so a hung
// call is reported by the test (with its call log) rather than as a
// timeout of the whole test. A call normally takes milliseconds; the bound
// is what a hanging implementation costs per test.
std::chrono::milliseconds step_timeout_for(std::chrono::milliseconds test_timeout) {
    return std::clamp(test_timeout / 6, std::chrono::milliseconds(500),
                      std::chrono::milliseconds(5000));
}

std::u16string ascii_name(const std::string &text) {
    return std::u16string(text.begin(), text.end());
}

unsigned jobs_at_once(const RunOptions &o) {
    if (o.jobs > 0) return o.jobs;
    if (o.heavy) return 2;
    // At most 8: the count of cores ignores a container's CPU quota, and
    // the concurrency rules' peers should not meet dozens of other tests.
    return std::clamp(2 * std::thread::hardware_concurrency(), 2u, 8u);
}

// Whether the leak probe can judge this implementation at all.
LeakProbeReadiness probe_readiness(const ExecutionSettings &s) {
    return check_probe_readiness(leak_probe_settings(s),
                                 ascii_name(s.name_prefix + "never-created"));
}

std::vector<std::string> names_left(const ExecutionSettings &s,
                                    const std::vector<TestResult> &results) {
    if (!s.leak_probe_usable) return {};
    // A name its own leak check saw gone is not looked up again: each test
    // has its own name prefix, so no later test makes it again. Looking up
    // every name of the run (thousands, in four kinds) cost a second.
    std::vector<std::u16string> names;
    for (const TestResult &r : results)
        if (r.leak.status != Status::pass)
            names.insert(names.end(), r.created.begin(), r.created.end());
    return still_existing(leak_probe_settings(s).peer, names);
}

}  // namespace

int verdict_exit_code(results::Verdict verdict) {
    switch (verdict) {
        case results::Verdict::conformant:
            return 0;
        case results::Verdict::not_conformant:
            return 1;
        case results::Verdict::incomplete:
            break;
    }
    return 2;
}

int run_command(const RunOptions &o) {
    const auto started = std::chrono::steady_clock::now();
    const std::string started_utc = utc_now_iso8601();
    const auto profile = results::parse_profile(o.profile);
    if (!profile) return usage_error("--profile must be strict or lenient");
    if (o.timeout_seconds <= 0) return usage_error("--timeout must be positive");
    std::optional<results::Shard> shard;
    if (!o.shard.empty()) {
        std::string error;
        shard = parse_shard(o.shard, error);
        if (!shard) return usage_error("--shard: " + error);
    }
    std::vector<DeclaredFailure> declared;
    if (!o.expect.empty()) {
        std::string error;
        auto loaded = load_expected_failures(o.expect, error);
        if (!loaded) return usage_error("--expect: " + error);
        declared = std::move(*loaded);
    }
    // The roles: one from --impl/--flavour/--transport, or a target file's.
    // Through the device the driver's implementation is reached only there:
    // no library to load here, and every export is linked into the driver.
    if (!o.target.empty() && o.transport != kProcessTransport)
        return usage_error(
            "--transport and --target exclude each other: a target file names "
            "each role's transport");
    if (!transport_is_known(o.transport)) return usage_error("unknown --transport " + o.transport);
    if (o.transport == kAgentDeviceTransport && !o.impl.empty())
        return usage_error(
            "--impl and --transport agent-device exclude each other: the "
            "implementation is the one the driver was linked with");
    if (o.target.empty() && o.transport != kAgentDeviceTransport && o.impl.empty())
        return usage_error("--impl or --target is required");
    std::string target_error;
    const std::optional<Target> target =
        o.target.empty()
            ? std::optional<Target>(target_of_impl(
                  o.impl, flavour_from_name(o.flavour).value_or(Flavour::rtk), o.transport))
            : load_target(o.target, target_error);
    if (!target) return usage_error("--target: " + target_error);
    std::vector<RoleExports> role_exports;
    bool safe = o.safe;
    for (const PeerRole &role : target->roles) {
        const std::string who = target->roles.size() > 1 ? "role " + role.name + ": " : "";
        if (role.transport != kProcessTransport && role.flavour != Flavour::rtk)
            return usage_error(who + "an agent makes the Rtk calls: flavour " +
                               flavour_name(role.flavour) + " needs the process transport");
        // Hazardous probes never reach a kernel.
        safe = safe || transport_is_kernel(role.transport);
        const IutCheck iut = role.transport == kAgentDeviceTransport
                                 ? IutCheck{}
                                 : check_iut(role.library, role.flavour);
        if (!iut.error.empty()) return usage_error(who + iut.error);
        role_exports.push_back({role, iut.missing_optional});
    }
    if (safe && !o.safe) std::cout << "rtkconf: a kernel transport implies --safe\n";
    const PeerRole &first = target->roles.front();
    const bool device = first.transport == kAgentDeviceTransport;
    const std::filesystem::path impl = first.library;

    const auto self = self_executable();
    const auto peer = peer_executable(self);
    if (!std::filesystem::exists(peer))
        return usage_error("peer executable " + peer.string() + " not found");
    const auto plugin_dir = o.plugin_dir.empty() ? default_plugin_dir(self) : o.plugin_dir;
    if (!std::filesystem::is_directory(plugin_dir))
        return usage_error("plugin directory " + plugin_dir.string() + " does not exist");

    WorkDir work;
    static RuleCatalog catalog;  // plugins keep the host: both live as long as the process
    static PluginHost host(catalog);
    const std::vector<PluginStatus> plugins =
        load_plugins_safely(self, plugin_dir, work.path(), host);
    ExecutionSettings settings;
    int plugin_problems = 0;
    for (const PluginStatus &p : plugins) {
        if (p.ok()) {
            settings.plugins.push_back(std::filesystem::absolute(p.path));
            for (const std::string &test : p.tests)
                settings.plugin_of_test[test] = settings.plugins.back();
        } else {
            ++plugin_problems;
            std::cerr << "rtkconf: plugin " << p.path.string() << " left out: " << p.status << ": "
                      << p.message << "\n";
        }
    }
    if (settings.plugins.empty()) return usage_error("no usable plugin in " + plugin_dir.string());

    TestPlan plan = make_plan(catalog, registered_tests(), o.rules, role_exports);
    for (const std::string &t : plan.orphan_tests)
        std::cerr << "rtkconf: test " << t << " belongs to no registered rule: not run\n";
    if (plan.rules.empty()) return usage_error("no rule matches --rules '" + o.rules + "'");
    std::vector<std::string> selected;  // the whole run's rules, of which a shard runs some
    for (const PlannedRule &r : plan.rules) selected.push_back(r.rule.id);
    if (shard) {
        keep_shard(plan, *shard);
        std::cout << "rtkconf: shard " << shard->index << "/" << shard->count << ": "
                  << plan.rules.size() << " of the " << selected.size() << " selected rules\n";
    }
    for (const DeclaredFailure &d : declared) {
        const auto builtin = leak_rules();
        const bool is_builtin = std::any_of(builtin.begin(), builtin.end(),
                                            [&](const RuleInfo &r) { return r.id == d.rule; });
        if (!catalog.find(d.rule) && !is_builtin)
            return usage_error("--expect names " + d.rule + ", which is no rule of the catalogue");
    }

    settings.self = self;
    settings.roles = target->roles;
    settings.peer = peer;
    settings.transport = first.transport;
    settings.profile = *profile;
    settings.safe = safe;
    settings.heavy = o.heavy;
    settings.timeout = std::chrono::milliseconds(static_cast<long long>(o.timeout_seconds * 1000));
    settings.step_timeout = step_timeout_for(settings.timeout);
    settings.name_prefix = unique_run_prefix();
    settings.work_dir = work.path();
    settings.settle = std::chrono::milliseconds(o.settle_ms);
    const LeakProbeReadiness readiness = probe_readiness(settings);
    settings.leak_probe_usable = readiness.usable;
    settings.leak_probe_why = readiness.why;
    if (!readiness.usable) std::cout << "rtkconf: leak probe off: " << readiness.why << "\n";
    // A rule's status is the worst of its tests' (fold_results), so a
    // rule that fails in any repetition fails.
    const std::vector<TestJob> once = jobs_for(plan);
    std::vector<TestJob> jobs;
    for (unsigned r = 0; r < std::max(1u, o.repeat); ++r)
        jobs.insert(jobs.end(), once.begin(), once.end());
    const auto results =
        run_tests(settings, jobs, jobs_at_once(o), [&](std::size_t done, const TestResult &r) {
            print_progress(std::cout, done, jobs.size(), r);
        });

    std::vector<results::Rule> rules = fold_results(plan, results, *profile);
    for (results::Rule &r : fold_leak_rules(results, rules, settings.leak_probe_why, *profile))
        rules.push_back(std::move(r));
    for (const std::string &id : apply_expected_failures(rules, declared)) {
        // Another shard runs it: that shard's results judge the declaration.
        if (shard && std::find(selected.begin(), selected.end(), id) != selected.end()) continue;
        std::cerr << "rtkconf: --expect names " << id << ", which this run did not include\n";
    }
    RunIdentity run;
    run.iut_path = device ? std::string(RTKCONF_AGENT_DEVICE_PATH) : impl.string();
    run.iut_sha256 = device ? "" : sha256_file_hex(impl).value_or("");
    run.platform = platform_name();
    run.label = target->label;
    run.target_file = target->file.string();
    run.roles = target->roles;
    run.started = started_utc;
    run.profile = *profile;
    run.safe = safe;
    run.transport = first.transport;
    run.heavy = o.heavy;
    run.harness_version = RTKCONF_VERSION;
    run.rule_filter = o.rules;
    run.runner = self.string();
    run.settle_ms = o.settle_ms;
    run.shard = shard;
    run.remaining_names = names_left(settings, results);
    for (const std::string &n : run.remaining_names)
        std::cout << "rtkconf: still exists after the run: " << n << "\n";
    run.duration_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::steady_clock::now() - started)
                          .count();
    const FixtureIndex fixtures = fixture_index_of(o.fixture_index);
    const results::Results document = results_document(run, std::move(rules), plugins, fixtures);

    std::error_code ec;
    std::filesystem::create_directories(o.report_dir, ec);
    if (ec) return usage_error("cannot create " + o.report_dir.string() + ": " + ec.message());
    const std::vector<std::string> write_errors = write_run_outputs(document, o.report_dir);
    for (const std::string &e : write_errors) std::cerr << "rtkconf: " << e << "\n";
    print_summary(std::cout, document, o.report_dir / "report.html");
    if (!write_errors.empty() || plugin_problems) return 2;
    return verdict_exit_code(document.verdict);
}

}  // namespace rtkconf::runner
