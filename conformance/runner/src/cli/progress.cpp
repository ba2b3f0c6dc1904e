#include "progress.h"

#include <cstdio>
#include <map>
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
    if (result.status == Status::pass || result.status == Status::skip) return;
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

void print_summary(std::ostream &out, const std::vector<RuleResult> &rules, Profile profile,
                   const std::filesystem::path &report) {
    std::map<std::string, int> counts;
    for (const RuleResult &r : rules) ++counts[std::string(to_string(r.status))];
    out << "\n" << rules.size() << " rules:";
    for (const char *s : {"pass", "fail", "skip", "crash", "timeout", "error"})
        out << ' ' << counts[s] << ' ' << s << (std::string(s) == "error" ? "" : ",");
    out << "\n";
    for (const RuleResult &r : rules) {
        if (r.expectation) {
            out << "  " << r.expectation->outcome << "  " << r.rule.id << " ("
                << to_string(r.status) << "; declared: " << r.expectation->reason << ")\n";
            continue;
        }
        if (!r.counts_for_verdict || r.status == Status::pass || r.status == Status::skip) continue;
        out << "  " << to_string(r.status) << "  " << r.rule.id << " (" << to_string(r.rule.level)
            << ") " << r.rule.title << "\n";
    }
    const Verdict verdict = verdict_of(rules, profile);
    out << "verdict: "
        << (verdict == Verdict::conformant       ? "conformant"
            : verdict == Verdict::not_conformant ? "NOT conformant"
                                                 : "incomplete (harness errors: see the report)")
        << " (profile " << to_string(profile) << ")\n"
        << "report: " << report.string() << "\n";
}

}  // namespace rtkconf::runner
