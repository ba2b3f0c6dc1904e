#include "rtkconf/results/vocabulary.h"

#include <utility>

namespace rtkconf::results {
namespace {

// One table per word: the spelling of each value, read both ways.
constexpr std::pair<Status, std::string_view> kStatusNames[] = {
    {Status::pass, "pass"},   {Status::fail, "fail"},       {Status::skip, "skip"},
    {Status::crash, "crash"}, {Status::timeout, "timeout"}, {Status::error, "error"}};
constexpr std::pair<Level, std::string_view> kLevelNames[] = {
    {Level::must, "MUST"}, {Level::should, "SHOULD"}, {Level::info, "INFO"}};
constexpr std::pair<Profile, std::string_view> kProfileNames[] = {{Profile::strict, "strict"},
                                                                  {Profile::lenient, "lenient"}};
constexpr std::pair<Verdict, std::string_view> kVerdictNames[] = {
    {Verdict::conformant, "conformant"},
    {Verdict::not_conformant, "not-conformant"},
    {Verdict::incomplete, "incomplete"}};
constexpr std::pair<Outcome, std::string_view> kOutcomeNames[] = {
    {Outcome::expected_fail, "expected-fail"},
    {Outcome::unexpected_pass, "unexpected-pass"},
    {Outcome::not_judged, "not-judged"}};

template <typename E, std::size_t N>
std::string_view name_in(const std::pair<E, std::string_view> (&table)[N], E value) {
    for (const auto &[v, name] : table)
        if (v == value) return name;
    return {};  // unreachable for a value of the enum
}

template <typename E, std::size_t N>
std::optional<E> value_in(const std::pair<E, std::string_view> (&table)[N], std::string_view text) {
    for (const auto &[v, name] : table)
        if (name == text) return v;
    return std::nullopt;
}

}  // namespace

int severity(Status status) {
    switch (status) {
        case Status::skip:
            return 0;
        case Status::pass:
            return 1;
        case Status::fail:
            return 2;
        case Status::error:
            return 3;
        case Status::timeout:
            return 4;
        case Status::crash:
            return 5;
    }
    return 3;
}

Status worst_of(std::span<const Status> statuses) {
    Status worst = Status::skip;
    for (const Status s : statuses)
        if (severity(s) > severity(worst)) worst = s;
    return worst;
}

bool counts_for_verdict(Level level, Profile profile) {
    switch (level) {
        case Level::must:
            return true;
        case Level::should:
            return profile == Profile::strict;
        case Level::info:
            return false;
    }
    return false;
}

Outcome outcome_for(Status status) {
    switch (status) {
        case Status::fail:
        case Status::crash:
        case Status::timeout:
            return Outcome::expected_fail;
        case Status::pass:
            return Outcome::unexpected_pass;
        case Status::skip:
        case Status::error:
            break;
    }
    return Outcome::not_judged;
}

std::string_view to_string(Status status) {
    return name_in(kStatusNames, status);
}
std::string_view to_string(Level level) {
    return name_in(kLevelNames, level);
}
std::string_view to_string(Profile profile) {
    return name_in(kProfileNames, profile);
}
std::string_view to_string(Verdict verdict) {
    return name_in(kVerdictNames, verdict);
}
std::string_view to_string(Outcome outcome) {
    return name_in(kOutcomeNames, outcome);
}

std::optional<Status> parse_status(std::string_view text) {
    return value_in(kStatusNames, text);
}
std::optional<Level> parse_level(std::string_view text) {
    return value_in(kLevelNames, text);
}
std::optional<Profile> parse_profile(std::string_view text) {
    return value_in(kProfileNames, text);
}
std::optional<Verdict> parse_verdict(std::string_view text) {
    return value_in(kVerdictNames, text);
}
std::optional<Outcome> parse_outcome(std::string_view text) {
    return value_in(kOutcomeNames, text);
}

}  // namespace rtkconf::results
