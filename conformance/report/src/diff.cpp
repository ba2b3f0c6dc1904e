// diff: which rules changed status between two runs, keyed by rule ID.
#include <algorithm>
#include <map>

#include "rtkconf/report.h"

namespace rtkconf::report {

namespace {

using results::Results;
using results::Rule;

std::string label_of(const Results &results) {
    return results.implementation.label + " (" + results.implementation.platform + ")";
}

std::map<std::string, const Rule *> index_rules(const Results &results) {
    std::map<std::string, const Rule *> rules;
    for (const auto &rule : results.rules) rules.emplace(rule.id, &rule);
    return rules;
}

std::string_view kind_name(RuleChange::Kind kind) {
    switch (kind) {
        case RuleChange::Kind::added:
            return "added";
        case RuleChange::Kind::removed:
            return "removed";
        case RuleChange::Kind::changed:
            return "changed";
    }
    return "changed";
}

std::string pad(std::string text, std::size_t width) {
    if (text.size() < width) text.append(width - text.size(), ' ');
    return text;
}

}  // namespace

ResultsDiff diff(const Results &before, const Results &after) {
    ResultsDiff result;
    result.before_label = label_of(before);
    result.after_label = label_of(after);
    result.before_verdict = std::string(to_string(before.verdict));
    result.after_verdict = std::string(to_string(after.verdict));
    result.before_profile = std::string(to_string(before.profile));
    result.after_profile = std::string(to_string(after.profile));
    const auto old_rules = index_rules(before);
    const auto new_rules = index_rules(after);

    for (const auto &[id, rule] : old_rules) {
        const auto it = new_rules.find(id);
        if (it == new_rules.end()) {
            result.changes.push_back(
                {RuleChange::Kind::removed, id, rule->title, shown_status(*rule), ""});
        } else if (shown_status(*rule) != shown_status(*it->second)) {
            result.changes.push_back({RuleChange::Kind::changed, id, it->second->title,
                                      shown_status(*rule), shown_status(*it->second)});
        } else {
            ++result.unchanged;
        }
    }
    for (const auto &[id, rule] : new_rules)
        if (!old_rules.contains(id))
            result.changes.push_back(
                {RuleChange::Kind::added, id, rule->title, "", shown_status(*rule)});
    std::stable_sort(result.changes.begin(), result.changes.end(),
                     [](const RuleChange &a, const RuleChange &b) { return a.id < b.id; });
    return result;
}

std::string render_diff_text(const ResultsDiff &d) {
    std::string out = "before: " + d.before_label + ", " + d.before_verdict + ", profile " +
                      d.before_profile + "\n" + "after:  " + d.after_label + ", " +
                      d.after_verdict + ", profile " + d.after_profile + "\n";
    if (d.before_profile != d.after_profile)
        out += "note: the profiles differ, so SHOULD rules count in one run and not the other\n";
    if (!d.has_changes()) {
        return out + "no rule changed status (" + std::to_string(d.unchanged) +
               " rules compared)\n";
    }
    std::size_t id_width = 0;
    for (const auto &c : d.changes) id_width = std::max(id_width, c.id.size());
    int added = 0, removed = 0, changed = 0;
    for (const auto &c : d.changes) {
        const std::string from = c.before.empty() ? "(absent)" : c.before;
        const std::string to = c.after.empty() ? "(absent)" : c.after;
        out += pad(std::string(kind_name(c.kind)), 8) + " " + pad(c.id, id_width) + "  " +
               pad(from + " -> " + to, 22) + "  " + c.title + "\n";
        added += c.kind == RuleChange::Kind::added;
        removed += c.kind == RuleChange::Kind::removed;
        changed += c.kind == RuleChange::Kind::changed;
    }
    return out + std::to_string(d.changes.size()) +
           " rule(s) changed status: " + std::to_string(changed) + " changed, " +
           std::to_string(added) + " added, " + std::to_string(removed) + " removed; " +
           std::to_string(d.unchanged) + " unchanged\n";
}

}  // namespace rtkconf::report
