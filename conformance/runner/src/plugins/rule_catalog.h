// The rules every loaded plugin registered, checked as they arrive:
// well-formed IDs, known level, every text field present, no duplicates.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rtkconf/flavour.h"
#include "rtkconf/results/vocabulary.h"

namespace rtkconf::runner {

using results::Level;

struct RuleInfo {
    std::string id;  // "SHM-SIZE-001"
    std::string family;
    Level level = Level::must;
    std::string title;
    std::string source;  // the spec sentence
    std::vector<std::string> needs_exports;
    std::string plugin;                           // the plugin that registered it
    std::vector<Flavour> flavours{Flavour::rtk};  // the flavours it can be expressed in
    bool across = false;                          // its tests take every role of the target at once
};

// "SHM-SIZE-001" -> "SHM_SIZE_001": the GoogleTest suite of the rule.
std::string suite_name_for(const std::string &rule_id);

// "RtkCreateMutex, RtkOpenMutex" -> {"RtkCreateMutex", "RtkOpenMutex"}.
std::vector<std::string> split_exports(const std::string &list);

class RuleCatalog {
  public:
    // nullopt when added; otherwise why the rule was refused.
    std::optional<std::string> add(RuleInfo rule);
    const std::vector<RuleInfo> &rules() const { return rules_; }
    const RuleInfo *find(const std::string &id) const;
    const RuleInfo *find_by_suite(const std::string &suite) const;
    // Rules sorted by ID (the catalogue's published order).
    std::vector<RuleInfo> sorted() const;

  private:
    std::vector<RuleInfo> rules_;
};

}  // namespace rtkconf::runner
