// The header and the small sections of report.html: verdict, identity,
// summary per family, plugins, implementation profile.
#include "escape.h"
#include "html_page.h"
#include "html_report_parts.h"
#include "json_access.h"
#include "rtkconf/report.h"

namespace rtkconf::report::detail {

using nlohmann::json;

int rules_breaking_verdict(const json &results) {
    int count = 0;
    for (const auto &rule : array(results, "rules")) {
        const std::string status = text(rule, "status");
        if (boolean(rule, "counts_for_verdict", true) && status != "pass" && status != "skip" &&
            status != "n/a")
            ++count;
    }
    return count;
}

namespace {
std::string verdict_detail(const json &results) {
    const int breaking = rules_breaking_verdict(results);
    std::string detail = breaking == 0
                             ? "every rule that counts passed or was skipped"
                             : std::to_string(breaking) + (breaking == 1 ? " rule" : " rules") +
                                   " that count for the verdict did not pass";
    if (text(results, "verdict") == "incomplete")
        detail += "; harness errors left rules unjudged (status error): rerun them";
    if (const std::string filter = text(results, "rule_filter"); !filter.empty())
        detail += "; only rules matching '" + filter + "' were run";
    return detail;
}
}  // namespace

std::string html_top_bar(const json &results) {
    const std::string verdict = shown_verdict(results);
    return "<header class=\"topbar\">\n"
           "<div class=\"brand\">rtkconf conformance report</div>\n"
           "<div id=\"rtk-verdict\" class=\"verdict " +
           verdict_class(verdict) +
           "\">"
           "<span class=\"verdict-text\">" +
           verdict_text(verdict) +
           "</span>"
           "<span id=\"rtk-verdict-detail\" class=\"verdict-detail\">" +
           escape_html(verdict_detail(results)) +
           "</span></div>\n"
           "<nav><a href=\"#identity\">Implementation</a><a href=\"#summary\">Summary</a>"
           "<a href=\"#rules\">Rules</a><a href=\"#leaks\">Leaks</a><a "
           "href=\"#profile\">Profile</a><a href=\"#plugins\">Plugins</a></nav>\n"
           "</header>\n";
}

std::string html_identity_section(const json &results) {
    const json &impl = member(results, "implementation");
    const json &harness = member(results, "harness");
    const std::pair<const char *, std::string> rows[] = {
        {"Label", text(impl, "label")},
        {"Path", text(impl, "path")},
        {"SHA-256", text(impl, "sha256")},
        {"Platform", text(impl, "platform")},
        {"Started (UTC)", text(results, "started")},
        {"Duration", seconds_text(integer(results, "duration_ms")) + " s"},
        {"Profile", text(results, "profile")},
        {"Rules run",
         text(results, "rule_filter").empty() ? std::string("all") : text(results, "rule_filter")},
        {"Safe mode", boolean(results, "safe", false)
                          ? std::string("on: probes that could crash a kernel were skipped")
                          : std::string("off")},
        {"Leak settle time", std::to_string(integer(results, "settle_ms")) + " ms"},
        {"Harness", text(harness, "name") + " " + text(harness, "version")},
    };
    std::string out = "<section id=\"identity\"><h2>Implementation</h2>\n<dl class=\"identity\">\n";
    for (const auto &[name, value] : rows) {
        const bool mono = std::string_view(name) == "Path" || std::string_view(name) == "SHA-256";
        out += "<dt>" + std::string(name) + "</dt><dd" + (mono ? " class=\"mono\"" : "") + ">" +
               escape_html(value) + "</dd>\n";
    }
    return out + "</dl></section>\n";
}

namespace {
std::string count_cells(const StatusCounts &counts) {
    std::string out;
    for (const Status s : kAllStatuses) {
        const int n = counts[s];
        out += "<td class=\"num" + std::string(n == 0 ? " zero" : "") + "\">" + std::to_string(n) +
               "</td>";
    }
    return out + "<td class=\"num\">" + std::to_string(counts.total()) + "</td>";
}
}  // namespace

std::string html_summary_section(const json &results) {
    std::string out =
        "<section id=\"summary\"><h2>Summary by family</h2>\n"
        "<table class=\"summary\" id=\"rtk-summary\"><thead><tr><th>Family</th>";
    for (const Status s : kAllStatuses)
        out += "<th class=\"num\">" + status_badge(to_string(s)) + "</th>";
    out += "<th class=\"num\">Rules</th></tr></thead>\n<tbody>\n";
    for (const auto &family : count_by_family(results))
        out += "<tr data-family=\"" + escape_html(family.family) + "\"><td>" +
               escape_html(family.family) + "</td>" + count_cells(family.counts) + "</tr>\n";
    out +=
        "<tr class=\"total\"><td>All families</td>" + count_cells(count_rules(results)) + "</tr>\n";
    return out + "</tbody></table></section>\n";
}

std::string html_plugins_section(const json &results) {
    const json &plugins = array(results, "plugins");
    int problems = 0;
    for (const auto &p : plugins) problems += text(p, "status") != "loaded";
    std::string out = "<section id=\"plugins\"><h2>Plugins</h2>\n";
    if (problems > 0)
        out += "<p class=\"note warn\" id=\"rtk-plugin-problems\">" + std::to_string(problems) +
               " of " + std::to_string(plugins.size()) +
               " plugins did not load: their rules were not run.</p>\n";
    else
        out += "<p class=\"note\">All " + std::to_string(plugins.size()) + " plugins loaded.</p>\n";
    if (plugins.empty()) return out + "</section>\n";
    out +=
        "<table class=\"plugins\"><thead><tr><th>Plugin</th><th>Status</th><th>Rules</th>"
        "<th>Message</th></tr></thead><tbody>\n";
    for (const auto &p : plugins) {
        const bool loaded = text(p, "status") == "loaded";
        out += "<tr class=\"" + std::string(loaded ? "st-pass" : "st-fail") +
               "\"><td class=\"mono\">" + escape_html(text(p, "path")) +
               "</td><td><span class=\"badge\">" + escape_html(text(p, "status")) +
               "</span></td><td>" + std::to_string(integer(p, "rules")) + "</td><td>" +
               escape_html(text(p, "message")) + "</td></tr>\n";
    }
    return out + "</tbody></table></section>\n";
}

std::string html_leaks_section(const json &results) {
    std::string out =
        "<section id=\"leaks\"><h2>Leaks</h2>\n<p class=\"muted\">Objects a test created that "
        "still existed after the settle time, once every process of the test had ended "
        "(SHM-LEAK-001). A leak is its own finding: it never fails the rule the test was "
        "about.</p>\n";
    std::string rows;
    for (const auto &rule : array(results, "rules")) {
        if (text(rule, "id") != "SHM-LEAK-001") continue;
        for (const auto &test : array(rule, "tests")) {
            if (text(test, "status") == "pass") continue;
            std::string messages;
            for (const auto &m : array(test, "messages")) messages += as_text(m) + "\n";
            rows += "<tr><td><code>" + escape_html(text(test, "name")) + "</code></td><td>" +
                    status_badge(text(test, "status")) + "</td><td><pre>" + escape_html(messages) +
                    "</pre></td></tr>\n";
        }
    }
    if (rows.empty())
        out += "<p class=\"note\" id=\"rtk-no-leaks\">No test left an object behind.</p>\n";
    else
        out +=
            "<table class=\"leaks\" id=\"rtk-leaks\"><thead><tr><th>Test</th><th>Status</th>"
            "<th>What remained</th></tr></thead><tbody>\n" +
            rows + "</tbody></table>\n";
    const json &remaining = array(results, "remaining_names");
    if (!remaining.empty()) {
        out +=
            "<p class=\"note warn\">Names of this run that still existed when it ended:</p>"
            "<ul id=\"rtk-remaining-names\">";
        for (const auto &n : remaining)
            out += "<li><code>" + escape_html(as_text(n)) + "</code></li>";
        out += "</ul>\n";
    }
    return out + "</section>\n";
}

std::string html_profile_section(const json &results) {
    std::string rows;
    for (const auto &rule : array(results, "rules")) {
        if (text(rule, "level") != "INFO") continue;
        const std::string id = text(rule, "id");
        const std::string observed = text(rule, "observed");
        rows += "<tr><td><a href=\"#rule-" + escape_html(id) + "\"><code>" + escape_html(id) +
                "</code></a></td><td>" + escape_html(text(rule, "title")) +
                "</td><td class=\"observed\">" +
                (observed.empty() ? "<span class=\"muted\">(nothing recorded)</span>"
                                  : escape_html(observed)) +
                "</td><td>" + status_badge(text(rule, "status")) + "</td></tr>\n";
    }
    std::string out =
        "<section id=\"profile\"><h2>Implementation profile</h2>\n"
        "<p class=\"muted\">What the INFO rules observed. They describe the implementation "
        "and never count for the verdict.</p>\n";
    if (rows.empty()) return out + "<p class=\"note\">No INFO rule was run.</p></section>\n";
    return out +
           "<table class=\"profile\"><thead><tr><th>Rule</th><th>Question</th><th>Observed</th>"
           "<th>Status</th></tr></thead><tbody>\n" +
           rows + "</tbody></table></section>\n";
}

}  // namespace rtkconf::report::detail
