// The merge matrix: several results documents side by side, one column per
// implementation, one row per rule ID found in any of them.
#include <algorithm>
#include <map>
#include <ostream>
#include <sstream>

#include "escape.h"
#include "html_page.h"
#include "json_access.h"
#include "rtkconf/report.h"

namespace rtkconf::report {

namespace {

using namespace detail;

struct Row {
    std::string level, title;
    std::vector<const json *> cells;  // one per document; null when absent
};

std::map<std::string, Row> collect_rows(std::span<const json> documents) {
    std::map<std::string, Row> rows;  // sorted by ID
    for (std::size_t column = 0; column < documents.size(); ++column) {
        for (const auto &rule : array(documents[column], "rules")) {
            const std::string id = text(rule, "id");
            Row &row = rows[id];
            if (row.cells.empty()) {
                row.cells.assign(documents.size(), nullptr);
                row.level = text(rule, "level");
                row.title = text(rule, "title");
            }
            if (!row.cells[column]) row.cells[column] = &rule;  // first wins on a duplicate ID
        }
    }
    return rows;
}

bool differs(const Row &row) {
    const json *first = row.cells.front();
    return std::any_of(row.cells.begin(), row.cells.end(), [&](const json *cell) {
        if (!cell || !first) return cell != first;
        return text(*cell, "status") != text(*first, "status");
    });
}

std::string header(std::span<const json> documents) {
    std::string out = "<thead><tr><th>Rule</th><th>Level</th><th>Requirement</th>";
    for (const auto &doc : documents) {
        const json &impl = member(doc, "implementation");
        const std::string sha = text(impl, "sha256");
        const std::string filter = text(doc, "rule_filter");
        out += "<th class=\"impl\" title=\"" + escape_html(text(impl, "path") + "\nsha256 " + sha) +
               "\"><div class=\"impl-label\">" + escape_html(text(impl, "label")) +
               "</div><div class=\"impl-sha mono\">sha256 " + escape_html(sha.substr(0, 12)) +
               "</div><div class=\"impl-date\">" + escape_html(text(doc, "started")) +
               "</div><div class=\"impl-platform\">" + escape_html(text(impl, "platform")) +
               " &middot; " + escape_html(text(doc, "profile")) +
               (boolean(doc, "safe", false) ? " &middot; safe" : "") +
               (filter.empty() ? "" : " &middot; rules " + escape_html(filter)) + "</div></th>";
    }
    out += "</tr>\n<tr class=\"verdict-row\"><th colspan=\"3\">Verdict</th>";
    for (const auto &doc : documents) {
        const std::string verdict = shown_verdict(doc);
        out += "<td class=\"verdict-cell " + verdict_class(verdict) + "\">" +
               verdict_text(verdict) + "</td>";
    }
    return out + "</tr></thead>\n";
}

std::string body(const std::map<std::string, Row> &rows) {
    std::string out = "<tbody>\n";
    for (const auto &[id, row] : rows) {
        out += "<tr data-rule-id=\"" + escape_html(id) + "\" data-differs=\"" +
               (differs(row) ? "1" : "0") + "\"><td><code>" + escape_html(id) +
               "</code></td><td class=\"level lvl-" + escape_html(row.level) + "\">" +
               escape_html(row.level) + "</td><td>" + escape_html(row.title) + "</td>";
        for (const json *cell : row.cells) {
            if (!cell) {
                out += "<td class=\"cell st-absent\" title=\"not in this run\">&mdash;</td>";
                continue;
            }
            const std::string status = text(*cell, "status");
            std::string evidence;
            const json &expectation = member(*cell, "expected_failure");
            std::string declared;
            if (expectation.is_object()) {
                const std::string outcome = text(expectation, "outcome");
                declared = outcome == "expected-fail"     ? "expected"
                           : outcome == "unexpected-pass" ? "unexpected pass"
                                                          : "declared";
                evidence += "declared failure: " + text(expectation, "reason") + "\n";
            }
            for (const auto &line : array(*cell, "evidence")) evidence += as_text(line) + "\n";
            out += "<td class=\"cell " + status_class(status) + "\"" +
                   (evidence.empty() ? "" : " title=\"" + escape_html(evidence) + "\"") + ">" +
                   status_badge(status) +
                   (declared.empty()
                        ? ""
                        : " <span class=\"declared\">(" + escape_html(declared) + ")</span>") +
                   "</td>";
        }
        out += "</tr>\n";
    }
    return out + "</tbody>\n";
}

std::string footer_counts(std::span<const json> documents) {
    std::string out = "<tfoot>";
    for (const Status s : kAllStatuses) {
        out += "<tr><th colspan=\"3\">" + status_badge(to_string(s)) + "</th>";
        for (const auto &doc : documents)
            out += "<td class=\"cell\">" + std::to_string(count_rules(doc)[s]) + "</td>";
        out += "</tr>";
    }
    return out + "</tfoot>\n";
}

std::string identities(std::span<const json> documents) {
    std::string out =
        "<section id=\"implementations\"><h2>Implementations</h2><table><thead><tr><th>Label</th>"
        "<th>Platform</th><th>Path</th><th>SHA-256</th><th>Started (UTC)</th><th>Profile</th>"
        "<th>Harness</th></tr></thead><tbody>\n";
    for (const auto &doc : documents) {
        const json &impl = member(doc, "implementation");
        const json &harness = member(doc, "harness");
        out += "<tr><td>" + escape_html(text(impl, "label")) + "</td><td>" +
               escape_html(text(impl, "platform")) + "</td><td class=\"mono\">" +
               escape_html(text(impl, "path")) + "</td><td class=\"mono\">" +
               escape_html(text(impl, "sha256")) + "</td><td>" + escape_html(text(doc, "started")) +
               "</td><td>" + escape_html(text(doc, "profile")) + "</td><td>" +
               escape_html(text(harness, "name") + " " + text(harness, "version")) + "</td></tr>\n";
    }
    return out + "</tbody></table></section>\n";
}

}  // namespace

void write_merge_matrix(std::span<const json> documents, std::ostream &out) {
    const auto rows = collect_rows(documents);
    const auto differing =
        std::count_if(rows.begin(), rows.end(), [](const auto &r) { return differs(r.second); });
    std::string page_body =
        "<header class=\"topbar\"><div class=\"brand\">rtkconf conformance matrix</div>"
        "<div class=\"muted\" id=\"rtk-matrix-meta\">" +
        std::to_string(documents.size()) + " implementations, " + std::to_string(rows.size()) +
        " rules, " + std::to_string(differing) +
        " differing</div></header>\n<main>\n"
        "<section id=\"matrix\"><h2>Status by rule</h2><div id=\"rtk-matrix-filters\"></div>\n";
    if (documents.empty()) {
        page_body += "<p class=\"note\">No results documents were given.</p></section>\n";
    } else {
        page_body += "<table class=\"matrix\" id=\"rtk-matrix\">" + header(documents) + body(rows) +
                     footer_counts(documents) + "</table></section>\n" + identities(documents);
    }
    page_body += "</main>\n";
    out << fill_template(embedded_asset("matrix.html.in"),
                         {{"generator", std::string(kGenerator)},
                          {"title", "rtkconf conformance matrix"},
                          {"css", std::string(embedded_asset("report.css"))},
                          {"body", page_body},
                          {"js", std::string(embedded_asset("matrix.js"))}});
}

std::string render_merge_matrix(std::span<const json> documents) {
    std::ostringstream out;
    write_merge_matrix(documents, out);
    return out.str();
}

}  // namespace rtkconf::report
