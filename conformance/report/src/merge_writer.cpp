// The merge matrix: several results documents side by side, one column per
// implementation, one row per rule ID found in any of them.
#include <algorithm>
#include <map>
#include <ostream>
#include <sstream>

#include "html_page.h"
#include "rtkconf/report.h"

namespace rtkconf::report {

namespace {

using namespace detail;
using results::Outcome;
using results::Results;
using results::Rule;
using results::Status;

struct Row {
    const Rule *first = nullptr;      // level and title come from the first run that has the rule
    std::vector<const Rule *> cells;  // one per document; null when absent
};

std::map<std::string, Row> collect_rows(std::span<const Results> documents) {
    std::map<std::string, Row> rows;  // sorted by ID
    for (std::size_t column = 0; column < documents.size(); ++column) {
        for (const auto &rule : documents[column].rules) {
            Row &row = rows[rule.id];
            if (row.cells.empty()) {
                row.cells.assign(documents.size(), nullptr);
                row.first = &rule;
            }
            row.cells[column] = &rule;
        }
    }
    return rows;
}

bool differs(const Row &row) {
    const Rule *first = row.cells.front();
    return std::any_of(row.cells.begin(), row.cells.end(), [&](const Rule *cell) {
        if (!cell || !first) return cell != first;
        return cell->status != first->status;
    });
}

Html header(std::span<const Results> documents) {
    Html out("<thead><tr><th>Rule</th><th>Level</th><th>Requirement</th>");
    for (const auto &doc : documents) {
        const auto &impl = doc.implementation;
        out +=
            Html("<th class=\"impl\" title=\"") + text(impl.path + "\nsha256 " + impl.sha256) +
            "\"><div class=\"impl-label\">" + text(impl.label) +
            "</div><div class=\"impl-sha mono\">sha256 " + text(impl.sha256.substr(0, 12)) +
            "</div><div class=\"impl-date\">" + text(doc.started) +
            "</div><div class=\"impl-platform\">" + text(impl.platform) + " &middot; " +
            text(to_string(doc.profile)) + (doc.safe ? Html(" &middot; safe") : Html()) +
            (doc.rule_filter.empty() ? Html() : Html(" &middot; rules ") + text(doc.rule_filter)) +
            (doc.shard ? Html(" &middot; shard ") + number(doc.shard->index) + "/" +
                             number(doc.shard->count)
                       : Html()) +
            "</div></th>";
    }
    out += "</tr>\n<tr class=\"verdict-row\"><th colspan=\"3\">Verdict</th>";
    for (const auto &doc : documents) {
        const ShownVerdict verdict = shown_verdict(doc);
        out += Html("<td class=\"verdict-cell ") + verdict_class(verdict) + "\">" +
               verdict_text(verdict) + "</td>";
    }
    return out + "</tr></thead>\n";
}

Html cell(const Rule &rule) {
    std::string evidence;
    Html declared;
    if (const auto &e = rule.expected_failure) {
        declared = e->outcome == Outcome::expected_fail     ? Html("expected")
                   : e->outcome == Outcome::unexpected_pass ? Html("unexpected pass")
                                                            : Html("declared");
        evidence += "declared failure: " + e->reason + "\n";
    }
    for (const auto &line : rule.evidence) evidence += line + "\n";
    return Html("<td class=\"cell ") + status_class(rule.status) + "\"" +
           (evidence.empty() ? Html() : Html(" title=\"") + text(evidence) + "\"") + ">" +
           status_badge(rule.status) +
           (declared.empty() ? Html()
                             : Html(" <span class=\"declared\">(") + declared + ")</span>") +
           "</td>";
}

Html body(const std::map<std::string, Row> &rows) {
    Html out("<tbody>\n");
    for (const auto &[id, row] : rows) {
        const std::string_view level = to_string(row.first->level);
        out += Html("<tr data-rule-id=\"") + text(id) + "\" data-differs=\"" +
               (differs(row) ? Html("1") : Html("0")) + "\"><td><code>" + text(id) +
               "</code></td><td class=\"level lvl-" + text(level) + "\">" + text(level) +
               "</td><td>" + text(row.first->title) + "</td>";
        for (const Rule *c : row.cells)
            out += c ? cell(*c)
                     : Html("<td class=\"cell st-absent\" title=\"not in this run\">&mdash;</td>");
        out += "</tr>\n";
    }
    return out + "</tbody>\n";
}

Html footer_counts(std::span<const Results> documents) {
    Html out("<tfoot>");
    for (const Status s : results::kAllStatuses) {
        out += Html("<tr><th colspan=\"3\">") + status_badge(s) + "</th>";
        for (const auto &doc : documents)
            out += Html("<td class=\"cell\">") + number(results::count_statuses(doc.rules)[s]) +
                   "</td>";
        out += "</tr>";
    }
    return out + "</tfoot>\n";
}

Html identities(std::span<const Results> documents) {
    Html out(
        "<section id=\"implementations\"><h2>Implementations</h2><table><thead><tr><th>Label</th>"
        "<th>Platform</th><th>Path</th><th>SHA-256</th><th>Started (UTC)</th><th>Profile</th>"
        "<th>Harness</th></tr></thead><tbody>\n");
    for (const auto &doc : documents) {
        const auto &impl = doc.implementation;
        out += Html("<tr><td>") + text(impl.label) + "</td><td>" + text(impl.platform) +
               "</td><td class=\"mono\">" + text(impl.path) + "</td><td class=\"mono\">" +
               text(impl.sha256) + "</td><td>" + text(doc.started) + "</td><td>" +
               text(to_string(doc.profile)) + "</td><td>" +
               text(doc.harness.name + " " + doc.harness.version) + "</td></tr>\n";
    }
    return out + "</tbody></table></section>\n";
}

}  // namespace

void write_merge_matrix(std::span<const Results> documents, std::ostream &out) {
    const auto rows = collect_rows(documents);
    const auto differing =
        std::count_if(rows.begin(), rows.end(), [](const auto &r) { return differs(r.second); });
    Html page_body =
        Html(
            "<header class=\"topbar\"><div class=\"brand\">rtkconf conformance matrix</div>"
            "<div class=\"muted\" id=\"rtk-matrix-meta\">") +
        number(static_cast<std::int64_t>(documents.size())) + " implementations, " +
        number(static_cast<std::int64_t>(rows.size())) + " rules, " + number(differing) +
        " differing</div></header>\n<main>\n"
        "<section id=\"matrix\"><h2>Status by rule</h2><div id=\"rtk-matrix-filters\"></div>\n";
    if (documents.empty()) {
        page_body += "<p class=\"note\">No results documents were given.</p></section>\n";
    } else {
        page_body += Html("<table class=\"matrix\" id=\"rtk-matrix\">") + header(documents) +
                     body(rows) + footer_counts(documents) + "</table></section>\n" +
                     identities(documents);
    }
    page_body += "</main>\n";
    out << fill_template(embedded_asset("matrix.html.in"),
                         {{"generator", Html(kGenerator)},
                          {"title", Html("rtkconf conformance matrix")},
                          {"css", embedded_file("report.css")},
                          {"body", page_body},
                          {"js", embedded_file("matrix.js")}});
}

std::string render_merge_matrix(std::span<const Results> documents) {
    std::ostringstream out;
    write_merge_matrix(documents, out);
    return out.str();
}

}  // namespace rtkconf::report
