// Statuses of tests and rules, and the roll-up of a rule's tests into the
// rule's status (RESULTS_SCHEMA.md: crash > timeout > error > fail > pass
// > skip).
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace rtkconf::runner {

enum class Status { pass, fail, skip, crash, timeout, error };

std::string_view to_string(Status status);
std::optional<Status> parse_status(std::string_view text);

// How bad a status is; the rule takes its worst test's status.
int severity(Status status);

// The worst of `statuses`; skip when there are none (no test ran).
Status worst_of(std::span<const Status> statuses);

}  // namespace rtkconf::runner
