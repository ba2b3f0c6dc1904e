// The words of a results document, each defined once: test and rule
// statuses, rule levels, profiles, verdicts and the outcome of a declared
// failure. Their spellings in results.json are the ones to_string gives.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string_view>

namespace rtkconf::results {

// In the order the schema lists them and every table shows them; how bad
// each one is is severity()'s business, not the declaration order's.
enum class Status { pass, fail, skip, crash, timeout, error };
inline constexpr std::array<Status, 6> kAllStatuses{Status::pass,  Status::fail,    Status::skip,
                                                    Status::crash, Status::timeout, Status::error};

// crash > timeout > error > fail > pass > skip: a rule takes its worst
// test's status.
int severity(Status status);
// The worst of `statuses`; skip when there are none (no test ran).
Status worst_of(std::span<const Status> statuses);

enum class Level { must, should, info };
inline constexpr std::array<Level, 3> kAllLevels{Level::must, Level::should, Level::info};

// strict: every MUST and SHOULD rule counts; lenient: only MUST. INFO
// rules never count: they observe.
enum class Profile { strict, lenient };
inline constexpr std::array<Profile, 2> kAllProfiles{Profile::strict, Profile::lenient};
bool counts_for_verdict(Level level, Profile profile);

// conformant: every counted rule passed or was skipped. not_conformant: a
// counted rule failed, crashed or timed out, or a declared failure passed.
// incomplete: otherwise, when a counted rule is a harness error.
enum class Verdict { conformant, not_conformant, incomplete };
inline constexpr std::array<Verdict, 3> kAllVerdicts{Verdict::conformant, Verdict::not_conformant,
                                                     Verdict::incomplete};

// How a run met a failure the vendor declared (rtkconf run --expect):
// it failed (expected_fail), it passed (unexpected_pass, a stale
// declaration), or it was skipped or a harness error (not_judged).
enum class Outcome { expected_fail, unexpected_pass, not_judged };
inline constexpr std::array<Outcome, 3> kAllOutcomes{Outcome::expected_fail,
                                                     Outcome::unexpected_pass, Outcome::not_judged};
Outcome outcome_for(Status status);

// "pass", "MUST", "strict", "not-conformant", "expected-fail".
std::string_view to_string(Status status);
std::string_view to_string(Level level);
std::string_view to_string(Profile profile);
std::string_view to_string(Verdict verdict);
std::string_view to_string(Outcome outcome);

// The exact spellings above; nullopt for anything else.
std::optional<Status> parse_status(std::string_view text);
std::optional<Level> parse_level(std::string_view text);
std::optional<Profile> parse_profile(std::string_view text);
std::optional<Verdict> parse_verdict(std::string_view text);
std::optional<Outcome> parse_outcome(std::string_view text);

}  // namespace rtkconf::results
