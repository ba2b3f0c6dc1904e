// The rule catalogue as `list-rules` prints it: a Markdown table (the one
// committed in CONFORMANCE.md) or JSON.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "rule_catalog.h"

namespace rtkconf::runner {

std::string catalog_markdown(const RuleCatalog &catalog);
nlohmann::json catalog_json(const RuleCatalog &catalog);

}  // namespace rtkconf::runner
