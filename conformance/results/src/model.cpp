#include "rtkconf/results/model.h"

namespace rtkconf::results {

int StatusCounts::total() const {
    int sum = 0;
    for (const int n : by_status) sum += n;
    return sum;
}

StatusCounts count_statuses(std::span<const Rule> rules) {
    StatusCounts counts;
    for (const Rule &r : rules) ++counts[r.status];
    return counts;
}

Verdict verdict_of(std::span<const Rule> rules) {
    bool harness_trouble = false;
    for (const Rule &r : rules) {
        if (r.expected_failure) {
            // A declared failure that happened is what the vendor said; one
            // that passed is a stale declaration, which fails the run
            // whatever the rule's level.
            if (r.expected_failure->outcome == Outcome::unexpected_pass)
                return Verdict::not_conformant;
            if (r.expected_failure->outcome == Outcome::expected_fail) continue;
        }
        if (!r.counts_for_verdict) continue;
        if (r.status == Status::error) harness_trouble = true;
        if (r.status == Status::fail || r.status == Status::crash || r.status == Status::timeout)
            return Verdict::not_conformant;
    }
    return harness_trouble ? Verdict::incomplete : Verdict::conformant;
}

std::string shown_status(const Rule &rule) {
    const std::string status(to_string(rule.status));
    if (!rule.expected_failure) return status;
    switch (rule.expected_failure->outcome) {
        case Outcome::expected_fail:
            return status + " (expected)";
        case Outcome::unexpected_pass:
            return status + " (unexpected)";
        case Outcome::not_judged:
            break;
    }
    return status + " (declared)";
}

}  // namespace rtkconf::results
