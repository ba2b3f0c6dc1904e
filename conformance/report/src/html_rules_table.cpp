// The rules table of report.html: one row per rule with its evidence, the
// command that reruns it, and a <details> call log, which expands without
// JavaScript. report.js only filters these rows.
#include "escape.h"
#include "html_page.h"
#include "html_report_parts.h"
#include "json_access.h"
#include "rtkconf/report.h"

namespace rtkconf::report::detail {

using nlohmann::json;

namespace {

std::string calls_table(const json &calls) {
    std::string out =
        "<table class=\"calls\"><thead><tr><th>#</th><th>Peer</th><th>Call</th><th>Status</th>"
        "<th>Name</th><th>Detail</th></tr></thead><tbody>";
    int index = 0;
    for (const auto &call : calls)
        out += "<tr><td>" + std::to_string(++index) + "</td><td>" +
               escape_html(text(call, "peer")) + "</td><td>" + escape_html(text(call, "call")) +
               "</td><td>" + escape_html(text(call, "status")) + "</td><td>" +
               escape_html(text(call, "status_name")) + "</td><td>" +
               escape_html(text(call, "detail")) + "</td></tr>";
    return out + "</tbody></table>";
}

std::string call_log(const json &rule) {
    const json &tests = array(rule, "tests");
    if (tests.empty()) return {};
    std::size_t calls = 0;
    for (const auto &test : tests) calls += array(test, "calls").size();
    std::string out =
        "<details class=\"calllog\"><summary>Call log: " + std::to_string(tests.size()) +
        (tests.size() == 1 ? " test, " : " tests, ") + std::to_string(calls) +
        (calls == 1 ? " call" : " calls") + "</summary>";
    for (const auto &test : tests) {
        out += "<div class=\"test\"><div class=\"test-head\">" +
               status_badge(text(test, "status")) + " " + escape_html(text(test, "name")) +
               " <span class=\"muted\">" + std::to_string(integer(test, "duration_ms")) +
               " ms</span></div>";
        const json &messages = array(test, "messages");
        if (!messages.empty()) {
            out += "<ul class=\"messages\">";
            for (const auto &m : messages) out += "<li>" + escape_html(as_text(m)) + "</li>";
            out += "</ul>";
        }
        if (!array(test, "calls").empty()) out += calls_table(array(test, "calls"));
        out += "</div>";
    }
    return out + "</details>";
}

std::string rule_row(const json &rule) {
    const std::string id = text(rule, "id");
    const std::string status = text(rule, "status");
    const std::string level = text(rule, "level");
    std::string evidence;
    for (const auto &line : array(rule, "evidence")) evidence += as_text(line) + "\n";
    if (!evidence.empty()) evidence.pop_back();

    std::string out = "<tr class=\"rule-row " + status_class(status) + "\" id=\"rule-" +
                      escape_html(id) + "\" data-rule-id=\"" + escape_html(id) +
                      "\" data-status=\"" + escape_html(status) + "\" data-family=\"" +
                      escape_html(text(rule, "family")) + "\">";
    out += "<td class=\"rule-id\"><code>" + escape_html(id) + "</code><div class=\"family\">" +
           escape_html(text(rule, "family")) + "</div></td>";
    out += "<td class=\"level lvl-" + escape_html(level) + "\">" + escape_html(level) + "</td>";
    out += "<td class=\"rule-text\"><div class=\"title\">" + escape_html(text(rule, "title")) +
           "</div>";
    if (const auto source = text(rule, "source"); !source.empty())
        out += "<blockquote class=\"source\">" + escape_html(source) + "</blockquote>";
    out += "</td><td class=\"status\">" + status_badge(status) + "<div class=\"muted\">" +
           std::to_string(integer(rule, "duration_ms")) + " ms</div>";
    if (!boolean(rule, "counts_for_verdict", true)) out += "<div class=\"muted\">not counted</div>";
    const json &expectation = member(rule, "expected_failure");
    if (expectation.is_object()) {
        const std::string outcome = text(expectation, "outcome");
        out += "<div class=\"expectation " + escape_html(outcome) + "\">" +
               (outcome == "unexpected-pass" ? "unexpected pass: the declared failure is stale"
                                             : "expected fail") +
               "</div>";
    }
    out += "</td><td class=\"evidence\">";
    if (expectation.is_object()) {
        out += "<div class=\"declared\">declared by the vendor: " +
               escape_html(text(expectation, "reason"));
        if (const std::string link = text(expectation, "link"); !link.empty())
            out += " (" + escape_html(link) + ")";
        out += "</div>";
    }
    if (const auto observed = text(rule, "observed"); !observed.empty())
        out += "<div class=\"observed\">observed: " + escape_html(observed) + "</div>";
    if (!evidence.empty()) out += "<pre class=\"evidence\">" + escape_html(evidence) + "</pre>";
    if (const std::string rerun = text(rule, "rerun");
        !rerun.empty() && status != "pass" && status != "skip" && status != "n/a")
        out += "<div class=\"rerun\">rerun: <code>" + escape_html(rerun) + "</code></div>";
    return out + call_log(rule) + "</td></tr>\n";
}

}  // namespace

std::string html_rules_section(const json &results) {
    std::string legend = "<div class=\"legend\" id=\"rtk-status-legend\">Statuses: ";
    for (const Status s : kAllStatuses) legend += status_badge(to_string(s)) + " ";
    legend += "</div>\n";
    std::string out = "<section id=\"rules\"><h2>Rules</h2>\n" + legend +
                      "<div id=\"rtk-filters-slot\"></div>\n"
                      "<table class=\"rules\" id=\"rtk-rules\"><thead><tr><th>Rule</th>"
                      "<th>Level</th><th>Requirement</th><th>Status</th><th>Evidence</th></tr></"
                      "thead>\n<tbody>\n";
    for (const auto &rule : array(results, "rules")) out += rule_row(rule);
    return out + "</tbody></table></section>\n";
}

}  // namespace rtkconf::report::detail
