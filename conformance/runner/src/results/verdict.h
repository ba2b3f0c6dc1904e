// Which rules decide conformance under which profile, and the verdict.
// strict: every MUST and SHOULD rule must pass (or be skipped); lenient:
// only MUST. INFO rules never count: they observe.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "test_status.h"

namespace rtkconf::runner {

enum class Level { must, should, info };
enum class Profile { strict, lenient };

std::string_view to_string(Level level);
std::string_view to_string(Profile profile);
std::optional<Profile> parse_profile(std::string_view text);

bool counts_for_verdict(Level level, Profile profile);

struct RuleOutcome {
    Level level = Level::must;
    Status status = Status::skip;
};

// conformant: every counted rule passed or was skipped. not_conformant: a
// counted rule failed, crashed or timed out. incomplete: otherwise, some
// counted rule is a harness error, so the run cannot say.
enum class Verdict { conformant, not_conformant, incomplete };
std::string_view to_string(Verdict verdict);  // "conformant", "not-conformant", "incomplete"

Verdict verdict_of(std::span<const RuleOutcome> outcomes, Profile profile);

// verdict_of(...) == Verdict::conformant.
bool is_conformant(std::span<const RuleOutcome> outcomes, Profile profile);

}  // namespace rtkconf::runner
