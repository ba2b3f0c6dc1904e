#include "rule_catalog.h"

#include <algorithm>

namespace rtkconf::runner {
namespace {

bool valid_id(const std::string &id) {
    if (id.empty() || id.front() == '-' || id.back() == '-') return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    });
}

std::string trim(const std::string &s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

}  // namespace

std::string suite_name_for(const std::string &rule_id) {
    std::string suite = rule_id;
    std::replace(suite.begin(), suite.end(), '-', '_');
    return suite;
}

std::vector<std::string> split_exports(const std::string &list) {
    std::vector<std::string> names;
    std::size_t start = 0;
    while (start <= list.size()) {
        std::size_t comma = list.find(',', start);
        if (comma == std::string::npos) comma = list.size();
        std::string one = trim(list.substr(start, comma - start));
        if (!one.empty()) names.push_back(one);
        start = comma + 1;
    }
    return names;
}

std::optional<std::string> RuleCatalog::add(RuleInfo rule) {
    if (!valid_id(rule.id)) return "rule ID '" + rule.id + "' is not of the form SHM-FAMILY-NNN";
    if (rule.family.empty() || rule.title.empty() || rule.source.empty())
        return "rule " + rule.id + " lacks a family, title or source sentence";
    if (const RuleInfo *other = find(rule.id))
        return "rule " + rule.id + " is registered twice (" + other->plugin + " and " +
               rule.plugin + ")";
    rules_.push_back(std::move(rule));
    return std::nullopt;
}

const RuleInfo *RuleCatalog::find(const std::string &id) const {
    for (const RuleInfo &r : rules_)
        if (r.id == id) return &r;
    return nullptr;
}

const RuleInfo *RuleCatalog::find_by_suite(const std::string &suite) const {
    for (const RuleInfo &r : rules_)
        if (suite_name_for(r.id) == suite) return &r;
    return nullptr;
}

std::vector<RuleInfo> RuleCatalog::sorted() const {
    std::vector<RuleInfo> copy = rules_;
    std::sort(copy.begin(), copy.end(),
              [](const RuleInfo &a, const RuleInfo &b) { return a.id < b.id; });
    return copy;
}

}  // namespace rtkconf::runner
