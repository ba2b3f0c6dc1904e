#include "shard.h"

#include <charconv>

namespace rtkconf::runner {
namespace {

constexpr int kMostShards = 10000;

std::optional<int> whole_number(std::string_view text) {
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
    return value;
}

}  // namespace

std::optional<results::Shard> parse_shard(std::string_view text, std::string &error) {
    const auto slash = text.find('/');
    const auto k = whole_number(text.substr(0, slash));
    const auto n =
        slash == std::string_view::npos ? std::nullopt : whole_number(text.substr(slash + 1));
    if (!k || !n || *n < 1 || *n > kMostShards || *k < 1 || *k > *n) {
        error = "expected K/N with 1 <= K <= N <= " + std::to_string(kMostShards) +
                " (the K-th of N parts of the rules), got '" + std::string(text) + "'";
        return std::nullopt;
    }
    return results::Shard{*k, *n};
}

bool in_shard(std::size_t position, const results::Shard &shard) {
    return position % static_cast<std::size_t>(shard.count) ==
           static_cast<std::size_t>(shard.index - 1);
}

void keep_shard(TestPlan &plan, const results::Shard &shard) {
    std::vector<PlannedRule> kept;
    for (std::size_t i = 0; i < plan.rules.size(); ++i)
        if (in_shard(i, shard)) kept.push_back(std::move(plan.rules[i]));
    plan.rules = std::move(kept);
}

}  // namespace rtkconf::runner
