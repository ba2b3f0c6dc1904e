#include "verdict.h"

namespace rtkconf::runner {

std::string_view to_string(Level level) {
    switch (level) {
        case Level::must:
            return "MUST";
        case Level::should:
            return "SHOULD";
        case Level::info:
            return "INFO";
    }
    return "INFO";
}

std::string_view to_string(Profile profile) {
    return profile == Profile::lenient ? "lenient" : "strict";
}

std::optional<Profile> parse_profile(std::string_view text) {
    if (text == "strict") return Profile::strict;
    if (text == "lenient") return Profile::lenient;
    return std::nullopt;
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

std::string_view to_string(Verdict verdict) {
    switch (verdict) {
        case Verdict::conformant:
            return "conformant";
        case Verdict::not_conformant:
            return "not-conformant";
        case Verdict::incomplete:
            return "incomplete";
    }
    return "incomplete";
}

Verdict verdict_of(std::span<const RuleOutcome> outcomes, Profile profile) {
    bool harness_trouble = false;
    for (const RuleOutcome &o : outcomes) {
        if (!counts_for_verdict(o.level, profile)) continue;
        if (o.status == Status::error) harness_trouble = true;
        if (o.status == Status::fail || o.status == Status::crash || o.status == Status::timeout)
            return Verdict::not_conformant;
    }
    return harness_trouble ? Verdict::incomplete : Verdict::conformant;
}

bool is_conformant(std::span<const RuleOutcome> outcomes, Profile profile) {
    return verdict_of(outcomes, profile) == Verdict::conformant;
}

}  // namespace rtkconf::runner
