// The header and the small sections of report.html: verdict, identity,
// summary per family, plugins, implementation profile, leaks.
#include "html_page.h"
#include "html_report_parts.h"
#include "rtkconf/report.h"
#include "seconds_text.h"

namespace rtkconf::report::detail {

using results::Level;
using results::Results;
using results::Status;

int rules_breaking_verdict(const Results &results) {
    int count = 0;
    for (const auto &rule : results.rules)
        if (rule.counts_for_verdict && rule.status != Status::pass && rule.status != Status::skip &&
            rule.status != Status::not_applicable)
            ++count;
    return count;
}

namespace {

std::string verdict_detail(const Results &results) {
    const int breaking = rules_breaking_verdict(results);
    std::string detail = breaking == 0
                             ? "every rule that counts passed or was skipped"
                             : std::to_string(breaking) + (breaking == 1 ? " rule" : " rules") +
                                   " that count for the verdict did not pass";
    if (results.verdict == results::Verdict::incomplete)
        detail += "; harness errors left rules unjudged (status error): rerun them";
    if (!results.rule_filter.empty())
        detail += "; only the rules --rules '" + results.rule_filter + "' selects were run";
    if (results.shard)
        detail += "; this is shard " + std::to_string(results.shard->index) + " of " +
                  std::to_string(results.shard->count) + " of the rules";
    return detail;
}

}  // namespace

Html html_top_bar(const Results &results) {
    const ShownVerdict verdict = shown_verdict(results);
    return Html(
               "<header class=\"topbar\">\n"
               "<div class=\"brand\">rtkconf conformance report</div>\n"
               "<div id=\"rtk-verdict\" class=\"verdict ") +
           verdict_class(verdict) + "\"><span class=\"verdict-text\">" + verdict_text(verdict) +
           "</span><span id=\"rtk-verdict-detail\" class=\"verdict-detail\">" +
           text(verdict_detail(results)) +
           "</span></div>\n"
           "<nav><a href=\"#identity\">Implementation</a><a href=\"#summary\">Summary</a>"
           "<a href=\"#rules\">Rules</a><a href=\"#leaks\">Leaks</a><a "
           "href=\"#profile\">Profile</a><a href=\"#plugins\">Plugins</a></nav>\n"
           "</header>\n";
}

Html html_identity_section(const Results &results) {
    const auto &impl = results.implementation;
    struct Row {
        Literal name;
        std::string value;
        bool mono = false;
    };
    std::vector<Row> rows = {
        {"Label", impl.label},
        {"Path", impl.path, true},
        {"SHA-256", impl.sha256, true},
        {"Platform", impl.platform},
        {"Started (UTC)", results.started},
        {"Duration", seconds_text(results.duration_ms) + " s"},
        {"Profile", std::string(to_string(results.profile))},
        {"Transport", results.transport},
        {"Rules run", results.rule_filter.empty() ? std::string("all") : results.rule_filter},
        {"Safe mode", results.safe ? "on: probes that could crash a kernel were skipped" : "off"},
        {"Heavy rules", results.heavy ? "full-size rows (--heavy)" : "short rows"},
        {"Leak settle time", std::to_string(results.settle_ms) + " ms"},
        {"Harness", results.harness.name + " " + results.harness.version},
    };
    if (results.shard)
        rows.push_back({"Shard", std::to_string(results.shard->index) + " of " +
                                     std::to_string(results.shard->count)});
    Html out("<section id=\"identity\"><h2>Implementation</h2>\n<dl class=\"identity\">\n");
    for (const Row &row : rows)
        out += Html("<dt>") + row.name + "</dt><dd" +
               (row.mono ? Html(" class=\"mono\"") : Html()) + ">" + text(row.value) + "</dd>\n";
    return out + "</dl></section>\n";
}

namespace {
Html count_cells(const results::StatusCounts &counts) {
    Html out;
    for (const Status s : results::kAllStatuses) {
        const int n = counts[s];
        out += Html("<td class=\"num") + (n == 0 ? Html(" zero") : Html()) + "\">" + number(n) +
               "</td>";
    }
    return out + "<td class=\"num\">" + number(counts.total()) + "</td>";
}
}  // namespace

Html html_summary_section(const Results &results) {
    Html out(
        "<section id=\"summary\"><h2>Summary by family</h2>\n"
        "<table class=\"summary\" id=\"rtk-summary\"><thead><tr><th>Family</th>");
    for (const Status s : results::kAllStatuses)
        out += Html("<th class=\"num\">") + status_badge(s) + "</th>";
    out += "<th class=\"num\">Rules</th></tr></thead>\n<tbody>\n";
    for (const auto &family : count_by_family(results))
        out += Html("<tr data-family=\"") + text(family.family) + "\"><td>" + text(family.family) +
               "</td>" + count_cells(family.counts) + "</tr>\n";
    out += Html("<tr class=\"total\"><td>All families</td>") +
           count_cells(results::count_statuses(results.rules)) + "</tr>\n";
    return out + "</tbody></table></section>\n";
}

Html html_plugins_section(const Results &results) {
    const auto &plugins = results.plugins;
    int problems = 0;
    for (const auto &p : plugins) problems += !p.loaded();
    Html out("<section id=\"plugins\"><h2>Plugins</h2>\n");
    if (problems > 0)
        out += Html("<p class=\"note warn\" id=\"rtk-plugin-problems\">") + number(problems) +
               " of " + number(static_cast<std::int64_t>(plugins.size())) +
               " plugins did not load: their rules were not run.</p>\n";
    else
        out += Html("<p class=\"note\">All ") + number(static_cast<std::int64_t>(plugins.size())) +
               " plugins loaded.</p>\n";
    if (plugins.empty()) return out + "</section>\n";
    out +=
        "<table class=\"plugins\"><thead><tr><th>Plugin</th><th>Status</th><th>Rules</th>"
        "<th>Message</th></tr></thead><tbody>\n";
    for (const auto &p : plugins)
        out += Html("<tr class=\"") + (p.loaded() ? Html("st-pass") : Html("st-fail")) +
               "\"><td class=\"mono\">" + text(p.path) + "</td><td><span class=\"badge\">" +
               text(p.status) + "</span></td><td>" + number(p.rules) + "</td><td>" +
               text(p.message) + "</td></tr>\n";
    return out + "</tbody></table></section>\n";
}

Html html_leaks_section(const Results &results) {
    Html out(
        "<section id=\"leaks\"><h2>Leaks</h2>\n<p class=\"muted\">Objects a test created that "
        "still existed after the settle time, once every process of the test had ended "
        "(SHM-LEAK-001). A leak is its own finding: it never fails the rule the test was "
        "about.</p>\n");
    Html rows;
    for (const auto &rule : results.rules) {
        if (rule.id != "SHM-LEAK-001") continue;
        for (const auto &test : rule.tests) {
            if (test.status == Status::pass) continue;
            std::string messages;
            for (const auto &m : test.messages) messages += m + "\n";
            rows += Html("<tr><td><code>") + text(test.name) + "</code></td><td>" +
                    status_badge(test.status) + "</td><td><pre>" + text(messages) +
                    "</pre></td></tr>\n";
        }
    }
    if (rows.empty())
        out += "<p class=\"note\" id=\"rtk-no-leaks\">No test left an object behind.</p>\n";
    else
        out += Html(
                   "<table class=\"leaks\" id=\"rtk-leaks\"><thead><tr><th>Test</th>"
                   "<th>Status</th><th>What remained</th></tr></thead><tbody>\n") +
               rows + "</tbody></table>\n";
    if (!results.remaining_names.empty()) {
        out +=
            "<p class=\"note warn\">Names of this run that still existed when it ended:</p>"
            "<ul id=\"rtk-remaining-names\">";
        for (const auto &n : results.remaining_names)
            out += Html("<li><code>") + text(n) + "</code></li>";
        out += "</ul>\n";
    }
    return out + "</section>\n";
}

Html html_profile_section(const Results &results) {
    Html rows;
    for (const auto &rule : results.rules) {
        if (rule.level != Level::info) continue;
        rows += Html("<tr><td><a href=\"#rule-") + text(rule.id) + "\"><code>" + text(rule.id) +
                "</code></a></td><td>" + text(rule.title) + "</td><td class=\"observed\">" +
                (rule.observed.empty() ? Html("<span class=\"muted\">(nothing recorded)</span>")
                                       : text(rule.observed)) +
                "</td><td>" + status_badge(rule.status) + "</td></tr>\n";
    }
    Html out(
        "<section id=\"profile\"><h2>Implementation profile</h2>\n"
        "<p class=\"muted\">What the INFO rules observed. They describe the implementation "
        "and never count for the verdict.</p>\n");
    if (rows.empty()) return out + "<p class=\"note\">No INFO rule was run.</p></section>\n";
    return out +
           "<table class=\"profile\"><thead><tr><th>Rule</th><th>Question</th><th>Observed</th>"
           "<th>Status</th></tr></thead><tbody>\n" +
           rows + "</tbody></table></section>\n";
}

}  // namespace rtkconf::report::detail
