#include "results_document.h"

#include "catalog_format.h"
#include "leak_rules.h"

namespace rtkconf::runner {
namespace {

// Single quotes keep a path with spaces or $ one word in a POSIX shell.
std::string shell_quoted(const std::string &text) {
    std::string out = "'";
    for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

}  // namespace

std::string runner_in(const std::string &rerun) {
    // The inverse of shell_quoted: '...' pieces joined by \' for each quote.
    std::string word;
    std::size_t i = 0;
    while (i < rerun.size() && rerun[i] == '\'') {
        const std::size_t close = rerun.find('\'', i + 1);
        if (close == std::string::npos) return {};
        word += rerun.substr(i + 1, close - i - 1);
        i = close + 1;
        if (rerun.compare(i, 2, "\\'") != 0) return word;
        word += '\'';
        i += 2;
    }
    return word;
}

std::string rules_to_rerun(const results::Rule &rule) {
    if (!is_leak_rule(rule.id)) return rule.id;
    std::string ids;
    for (const results::Test &t : rule.tests) {
        if (t.status == Status::pass) continue;
        std::string id = t.name.substr(0, t.name.find('.'));
        for (char &c : id)
            if (c == '_') c = '-';
        if (ids.find(id) == std::string::npos) ids += (ids.empty() ? "" : ",") + id;
    }
    return ids;
}

std::string rerun_command(const RunIdentity &run, const std::string &rules_to_run) {
    if (rules_to_run.empty()) return "";
    // A target file names every role; the driver is reached through its
    // device, never by path; a flavour other than rtk is said.
    const PeerRole *first = run.roles.empty() ? nullptr : &run.roles.front();
    std::string target;
    if (!run.target_file.empty())
        target = " --target " + shell_quoted(run.target_file);
    else if (run.transport == "agent-device")
        target = " --transport agent-device";
    else
        target = " --impl " + shell_quoted(run.iut_path) +
                 (run.transport == "process" ? "" : " --transport " + run.transport) +
                 (first && first->flavour != Flavour::rtk
                      ? " --flavour " + std::string(flavour_name(first->flavour))
                      : "");
    return shell_quoted(run.runner.empty() ? "rtkconf" : run.runner) + " run" + target +
           " --profile " + std::string(to_string(run.profile)) + " --rules " +
           shell_quoted(rules_to_run) + (run.safe ? " --safe" : "") + (run.heavy ? " --heavy" : "");
}

results::Results results_document(const RunIdentity &run, std::vector<results::Rule> rules,
                                  const std::vector<PluginStatus> &plugins,
                                  const FixtureIndex &fixtures) {
    results::Results out;
    out.harness.version = run.harness_version;
    out.implementation.path = run.iut_path;
    out.implementation.sha256 = run.iut_sha256;
    out.implementation.platform = run.platform;
    out.implementation.label = run.label;
    out.implementation.flavours = flavour_list(flavours_of(run.roles));
    for (const PeerRole &role : run.roles)
        out.implementation.roles.push_back(
            {role.name, role.library.string(), flavour_name(role.flavour), role.transport});
    out.implementation.target = run.target_file;
    out.started = run.started;
    out.duration_ms = run.duration_ms;
    out.profile = run.profile;
    out.transport = run.transport;
    out.rule_filter = run.rule_filter;
    out.safe = run.safe;
    out.heavy = run.heavy;
    out.settle_ms = run.settle_ms;
    out.remaining_names = run.remaining_names;
    out.shard = run.shard;
    for (results::Rule &r : rules) {
        r.fixtures = fixtures_of(fixtures, r.id);
        r.rerun = rerun_command(run, rules_to_rerun(r));
    }
    out.rules = std::move(rules);
    out.verdict = results::verdict_of(out.rules);
    for (const PluginStatus &p : plugins)
        out.plugins.push_back({p.path.string(), p.status, p.rules, p.message});
    return out;
}

}  // namespace rtkconf::runner
