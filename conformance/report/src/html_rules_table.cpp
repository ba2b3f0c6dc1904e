// The rules table of report.html: one row per rule with its evidence, the
// command that reruns it, and a <details> call log, which expands without
// JavaScript. report.js only filters these rows.
#include "html_page.h"
#include "html_report_parts.h"
#include "rtkconf/report.h"

namespace rtkconf::report::detail {

using results::Outcome;
using results::Results;
using results::Rule;
using results::Status;

namespace {

Html calls_table(const std::vector<results::Call> &calls) {
    Html out(
        "<table class=\"calls\"><thead><tr><th>#</th><th>Peer</th><th>Call</th><th>Status</th>"
        "<th>Name</th><th>Detail</th></tr></thead><tbody>");
    std::int64_t index = 0;
    for (const auto &call : calls)
        out += Html("<tr><td>") + number(++index) + "</td><td>" + text(call.peer) + "</td><td>" +
               text(call.call) + "</td><td>" + text(call.status) + "</td><td>" +
               text(call.status_name) + "</td><td>" + text(call.detail) + "</td></tr>";
    return out + "</tbody></table>";
}

Html call_log(const Rule &rule) {
    if (rule.tests.empty()) return {};
    std::size_t calls = 0;
    for (const auto &test : rule.tests) calls += test.calls.size();
    Html out = Html("<details class=\"calllog\"><summary>Call log: ") +
               number(static_cast<std::int64_t>(rule.tests.size())) +
               (rule.tests.size() == 1 ? Html(" test, ") : Html(" tests, ")) +
               number(static_cast<std::int64_t>(calls)) +
               (calls == 1 ? Html(" call") : Html(" calls")) + "</summary>";
    for (const auto &test : rule.tests) {
        out += Html("<div class=\"test\"><div class=\"test-head\">") + status_badge(test.status) +
               " " + text(test.name) + " <span class=\"muted\">" + number(test.duration_ms) +
               " ms</span></div>";
        if (!test.messages.empty()) {
            out += "<ul class=\"messages\">";
            for (const auto &m : test.messages) out += Html("<li>") + text(m) + "</li>";
            out += "</ul>";
        }
        if (!test.calls.empty()) out += calls_table(test.calls);
        out += "</div>";
    }
    return out + "</details>";
}

Html expectation_badge(const results::Expectation &e) {
    return Html("<div class=\"expectation ") + text(to_string(e.outcome)) + "\">" +
           (e.outcome == Outcome::unexpected_pass
                ? Html("unexpected pass: the declared failure is stale")
                : Html("expected fail")) +
           "</div>";
}

Html rule_row(const Rule &rule) {
    std::string evidence;
    for (const auto &line : rule.evidence) evidence += line + "\n";
    if (!evidence.empty()) evidence.pop_back();

    Html out = Html("<tr class=\"rule-row ") + status_class(rule.status) + "\" id=\"rule-" +
               text(rule.id) + "\" data-rule-id=\"" + text(rule.id) + "\" data-status=\"" +
               text(to_string(rule.status)) + "\" data-family=\"" + text(rule.family) + "\">";
    out += Html("<td class=\"rule-id\"><code>") + text(rule.id) + "</code><div class=\"family\">" +
           text(rule.family) + "</div></td>";
    out += Html("<td class=\"level lvl-") + text(to_string(rule.level)) + "\">" +
           text(to_string(rule.level)) + "</td>";
    out += Html("<td class=\"rule-text\"><div class=\"title\">") + text(rule.title) + "</div>";
    if (!rule.source.empty())
        out += Html("<blockquote class=\"source\">") + text(rule.source) + "</blockquote>";
    out += Html("</td><td class=\"status\">") + status_badge(rule.status) +
           "<div class=\"muted\">" + number(rule.duration_ms) + " ms</div>";
    if (!rule.counts_for_verdict) out += "<div class=\"muted\">not counted</div>";
    if (rule.expected_failure) out += expectation_badge(*rule.expected_failure);
    out += "</td><td class=\"evidence\">";
    if (const auto &e = rule.expected_failure) {
        out += Html("<div class=\"declared\">declared by the vendor: ") + text(e->reason);
        if (!e->link.empty()) out += Html(" (") + text(e->link) + ")";
        out += "</div>";
    }
    if (!rule.observed.empty())
        out += Html("<div class=\"observed\">observed: ") + text(rule.observed) + "</div>";
    if (!evidence.empty()) out += Html("<pre class=\"evidence\">") + text(evidence) + "</pre>";
    if (!rule.rerun.empty() && rule.status != Status::pass && rule.status != Status::skip)
        out += Html("<div class=\"rerun\">rerun: <code>") + text(rule.rerun) + "</code></div>";
    return out + call_log(rule) + "</td></tr>\n";
}

}  // namespace

Html html_rules_section(const Results &results) {
    Html legend("<div class=\"legend\" id=\"rtk-status-legend\">Statuses: ");
    for (const Status s : results::kAllStatuses) legend += status_badge(s) + " ";
    legend += "</div>\n";
    Html out = Html("<section id=\"rules\"><h2>Rules</h2>\n") + legend +
               "<div id=\"rtk-filters-slot\"></div>\n"
               "<table class=\"rules\" id=\"rtk-rules\"><thead><tr><th>Rule</th>"
               "<th>Level</th><th>Requirement</th><th>Status</th><th>Evidence</th></tr></"
               "thead>\n<tbody>\n";
    for (const auto &rule : results.rules) out += rule_row(rule);
    return out + "</tbody></table></section>\n";
}

}  // namespace rtkconf::report::detail
