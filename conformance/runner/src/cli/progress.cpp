#include "progress.h"

#include <cstdio>
#include <ostream>
#include <string>

namespace rtkconf::runner {

void print_progress(std::ostream &out, std::size_t done, std::size_t total,
                    const TestResult &result) {
    const int width = static_cast<int>(std::to_string(total).size());
    char counter[48];
    std::snprintf(counter, sizeof counter, "[%*zu/%zu]", width, done, total);
    std::string status(to_string(result.status));
    status.resize(7, ' ');
    const auto dot = result.test.find('.');
    out << counter << ' ' << result.rule_id << ' ' << status << " (" << result.duration_ms
        << " ms)  " << (dot == std::string::npos ? result.test : result.test.substr(dot + 1))
        << "\n";
    if (result.status == Status::pass || result.status == Status::skip ||
        result.status == Status::not_applicable)
        return;
    std::size_t shown = 0;
    for (const std::string &m : result.messages) {
        if (shown++ == 3) {
            out << "        ... (" << result.messages.size() - 3 << " more in the report)\n";
            break;
        }
        std::string line = m.substr(0, m.find('\n'));
        out << "        " << line << "\n";
    }
    out.flush();
}

void print_summary(std::ostream &out, const results::Results &results,
                   const std::filesystem::path &report) {
    const results::StatusCounts counts = results::count_statuses(results.rules);
    out << "\n" << results.rules.size() << " rules:";
    for (const Status s : results::kAllStatuses)
        out << ' ' << counts[s] << ' ' << to_string(s) << (s == Status::not_applicable ? "" : ",");
    out << "\n";
    for (const results::Rule &r : results.rules) {
        if (const auto &e = r.expected_failure) {
            out << "  " << to_string(e->outcome) << "  " << r.id << " (" << to_string(r.status)
                << "; declared: " << e->reason << ")\n";
            continue;
        }
        if (!r.counts_for_verdict || r.status == Status::pass || r.status == Status::skip ||
            r.status == Status::not_applicable)
            continue;
        out << "  " << to_string(r.status) << "  " << r.id << " (" << to_string(r.level) << ") "
            << r.title << "\n";
    }
    out << "verdict: "
        << (results.verdict == results::Verdict::conformant ? "conformant"
            : results.verdict == results::Verdict::not_conformant
                ? "NOT conformant"
                : "incomplete (harness errors: see the report)")
        << " (profile " << to_string(results.profile) << ")";
    if (results.shard)
        out << ", shard " << results.shard->index << "/" << results.shard->count
            << " of the rules only";
    out << "\nreport: " << report.string() << "\n";
}

}  // namespace rtkconf::runner
