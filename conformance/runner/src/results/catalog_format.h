// The rule catalogue as `list-rules` prints it: a Markdown table (the one
// committed in CONFORMANCE.md) or JSON.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "fixture_index.h"
#include "rule_catalog.h"

namespace rtkconf::runner {

// The fixtures column names the mutants that break each rule; a MUST or
// SHOULD rule without one reads "**none**".
std::string catalog_markdown(const RuleCatalog &catalog, const FixtureIndex &fixtures);
nlohmann::json catalog_json(const RuleCatalog &catalog, const FixtureIndex &fixtures);

// The fixtures that break `rule` (empty when none do).
std::vector<std::string> fixtures_of(const FixtureIndex &fixtures, const std::string &rule);

}  // namespace rtkconf::runner
