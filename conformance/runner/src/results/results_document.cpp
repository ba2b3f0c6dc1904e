#include "results_document.h"

#include <cstdio>

#include "catalog_format.h"
#include "rtkconf/step.h"

namespace rtkconf::runner {
namespace {

nlohmann::json calls_json(const std::vector<CallRecord> &calls) {
    nlohmann::json out = nlohmann::json::array();
    for (const CallRecord &c : calls) {
        char hex[16];
        std::snprintf(hex, sizeof hex, "0x%08X",
                      static_cast<unsigned>(static_cast<uint32_t>(c.status)));
        out.push_back({{"peer", c.peer},
                       {"call", c.call},
                       {"status", hex},
                       {"status_name", status_name(c.status)},
                       {"detail", c.detail}});
    }
    return out;
}

// Single quotes keep a path with spaces or $ one word in a POSIX shell.
std::string shell_quoted(const std::string &text) {
    std::string out = "'";
    for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// The rules a finding reruns with: the rule itself, or for the leak rule
// the rules of the tests that leaked ("SHM_NAME_004.X" -> SHM-NAME-004).
std::string rules_to_rerun(const RuleResult &r) {
    if (r.rule.family != "leaks") return r.rule.id;
    std::string ids;
    for (const TestResult &t : r.tests) {
        if (t.status == Status::pass) continue;
        std::string id = t.test.substr(0, t.test.find('.'));
        for (char &c : id)
            if (c == '_') c = '-';
        if (ids.find(id) == std::string::npos) ids += (ids.empty() ? "" : ",") + id;
    }
    return ids;
}

std::string rerun_command(const RunIdentity &run, const RuleResult &r) {
    const std::string rules = rules_to_rerun(r);
    if (rules.empty()) return "";
    // The driver is reached through its device, never by path.
    const std::string target =
        run.transport == "agent-device"
            ? std::string(" --transport agent-device")
            : " --impl " + shell_quoted(run.iut_path) +
                  (run.transport == "process" ? "" : " --transport " + run.transport);
    return shell_quoted(run.runner.empty() ? "rtkconf" : run.runner) + " run" + target +
           " --profile " + std::string(to_string(run.profile)) + " --rules " + shell_quoted(rules) +
           (run.safe ? " --safe" : "") + (run.heavy ? " --heavy" : "");
}

nlohmann::json rule_json(const RunIdentity &run, const RuleResult &r,
                         const FixtureIndex &fixtures) {
    nlohmann::json tests = nlohmann::json::array();
    for (const TestResult &t : r.tests) {
        tests.push_back({{"name", t.test},
                         {"status", std::string(to_string(t.status))},
                         {"duration_ms", t.duration_ms},
                         {"messages", t.messages},
                         {"calls", calls_json(t.calls)}});
    }
    nlohmann::json out = {{"id", r.rule.id},
                          {"family", r.rule.family},
                          {"level", std::string(to_string(r.rule.level))},
                          {"title", r.rule.title},
                          {"source", r.rule.source},
                          {"status", std::string(to_string(r.status))},
                          {"counts_for_verdict", r.counts_for_verdict},
                          {"duration_ms", r.duration_ms},
                          {"observed", r.observed},
                          {"evidence", r.evidence},
                          {"fixtures", fixtures_of(fixtures, r.rule.id)},
                          {"rerun", rerun_command(run, r)},
                          {"tests", tests}};
    if (r.expectation)
        out["expected_failure"] = {{"reason", r.expectation->reason},
                                   {"link", r.expectation->link},
                                   {"outcome", r.expectation->outcome}};
    return out;
}

}  // namespace

nlohmann::json results_document(const RunIdentity &run, const std::vector<RuleResult> &rules,
                                const std::vector<PluginStatus> &plugins,
                                const FixtureIndex &fixtures) {
    nlohmann::json summary = {{"pass", 0},  {"fail", 0},    {"skip", 0},
                              {"crash", 0}, {"timeout", 0}, {"error", 0}};
    nlohmann::json rule_list = nlohmann::json::array();
    for (const RuleResult &r : rules) {
        summary[std::string(to_string(r.status))] =
            summary[std::string(to_string(r.status))].get<int>() + 1;
        rule_list.push_back(rule_json(run, r, fixtures));
    }
    nlohmann::json plugin_list = nlohmann::json::array();
    for (const PluginStatus &p : plugins)
        plugin_list.push_back({{"path", p.path.string()},
                               {"status", p.status},
                               {"rules", p.rules},
                               {"message", p.message}});
    return {{"schema", "rtkconf-results"},
            {"schema_version", 1},
            {"harness", {{"name", "rtkconf"}, {"version", run.harness_version}}},
            {"implementation",
             {{"path", run.iut_path},
              {"sha256", run.iut_sha256},
              {"platform", run.platform},
              {"label", run.label}}},
            {"started", run.started},
            {"duration_ms", run.duration_ms},
            {"profile", std::string(to_string(run.profile))},
            {"rule_filter", run.rule_filter},
            {"safe", run.safe},
            {"settle_ms", run.settle_ms},
            {"remaining_names", run.remaining_names},
            {"verdict", std::string(to_string(verdict_of(rules, run.profile)))},
            {"summary", summary},
            {"rules", rule_list},
            {"plugins", plugin_list}};
}

}  // namespace rtkconf::runner
