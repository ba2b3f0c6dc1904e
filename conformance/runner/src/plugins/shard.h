// rtkconf run --shard K/N: the K-th of N parts of the selected rules, so
// N machines (a CI matrix, CTest on many hosts) can share one run. The
// split is stable: the selected rules sorted by ID, rule number i (from 0)
// belongs to shard (i mod N) + 1. It depends on the plugins' catalogue and
// --rules alone, never on --jobs, timing or the machine.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "rtkconf/results/model.h"
#include "test_plan.h"

namespace rtkconf::runner {

// "2/3" -> {2, 3}; nullopt with `error` saying what a shard must look like.
std::optional<results::Shard> parse_shard(std::string_view text, std::string &error);

// Whether the selected rule at `position` (from 0, in ID order) is the shard's.
bool in_shard(std::size_t position, const results::Shard &shard);

// Keeps the shard's rules of `plan` (whose rules are in ID order).
void keep_shard(TestPlan &plan, const results::Shard &shard);

}  // namespace rtkconf::runner
