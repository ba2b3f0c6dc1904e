// Status names, the worst-of order, and per-family roll-up counts.
#include <algorithm>

#include "json_access.h"
#include "rtkconf/report.h"

namespace rtkconf::report {

namespace {
constexpr std::array<std::string_view, 7> kNames{"crash", "timeout", "error", "fail",
                                                 "pass",  "skip",    "n/a"};
}

std::string_view to_string(Status status) {
    return kNames[static_cast<std::size_t>(status)];
}

std::optional<Status> parse_status(std::string_view text) {
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == text) return static_cast<Status>(i);
    return std::nullopt;
}

Status worst_of(std::span<const Status> statuses) {
    // The enum is declared worst first, so the worst is the smallest.
    if (statuses.empty()) return Status::skip;
    return *std::min_element(statuses.begin(), statuses.end());
}

int StatusCounts::total() const {
    int sum = unknown;
    for (const int n : by_status) sum += n;
    return sum;
}

namespace {
void count_one(StatusCounts &counts, const nlohmann::json &rule) {
    if (const auto status = parse_status(detail::text(rule, "status")))
        ++counts[*status];
    else
        ++counts.unknown;
}
}  // namespace

std::vector<FamilyCounts> count_by_family(const nlohmann::json &results) {
    std::vector<FamilyCounts> families;
    for (const auto &rule : detail::array(results, "rules")) {
        const std::string family = detail::text(rule, "family");
        auto it = std::find_if(families.begin(), families.end(),
                               [&](const FamilyCounts &f) { return f.family == family; });
        if (it == families.end()) it = families.insert(families.end(), FamilyCounts{family, {}});
        count_one(it->counts, rule);
    }
    return families;
}

StatusCounts count_rules(const nlohmann::json &results) {
    StatusCounts counts;
    for (const auto &rule : detail::array(results, "rules")) count_one(counts, rule);
    return counts;
}

}  // namespace rtkconf::report
