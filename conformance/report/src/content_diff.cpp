// content_differences: two documents compared field by field, leaving out
// what differs between any two runs of the same build (RESULTS_SCHEMA.md,
// "Shards"): timings, paths, and the text a run quotes from its own
// processes.
#include <algorithm>
#include <set>

#include "rtkconf/report.h"
#include "rtkconf/results/json.h"

namespace rtkconf::report {

namespace {

using nlohmann::json;
using results::Results;

std::string file_name(const std::string &path) {
    const auto slash = path.find_last_of("/\\");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

Results comparable(Results r) {
    r.started.clear();
    r.duration_ms = 0;
    r.implementation.path.clear();
    r.remaining_names.clear();
    for (auto &plugin : r.plugins) plugin.path = file_name(plugin.path);
    for (auto &rule : r.rules) {
        rule.duration_ms = 0;
        rule.rerun.clear();
        rule.evidence.clear();
        rule.observed.clear();
        for (auto &test : rule.tests) {
            test.duration_ms = 0;
            test.messages.clear();
            test.calls.clear();
        }
    }
    return r;
}

std::string shown(const json &value) {
    std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
    if (text.size() > 60) text = text.substr(0, 57) + "...";
    return text;
}

std::vector<std::string> ids_of(const json &rules) {
    std::vector<std::string> ids;
    for (const auto &rule : rules) ids.push_back(rule.at("id").get<std::string>());
    return ids;
}

void compare(const json &a, const json &b, const std::string &path, std::vector<std::string> &out);

// Rules are matched by ID, so one missing rule is one difference rather
// than a shift of every rule after it.
void compare_rules(const json &a, const json &b, std::vector<std::string> &out) {
    const auto ids_a = ids_of(a), ids_b = ids_of(b);
    const std::set<std::string> set_a(ids_a.begin(), ids_a.end()),
        set_b(ids_b.begin(), ids_b.end());
    for (const auto &id : ids_a)
        if (!set_b.contains(id)) out.push_back("rules[" + id + "]: only in the first");
    for (const auto &id : ids_b)
        if (!set_a.contains(id)) out.push_back("rules[" + id + "]: only in the second");
    std::vector<std::string> common_a, common_b;
    std::copy_if(ids_a.begin(), ids_a.end(), std::back_inserter(common_a),
                 [&](const std::string &id) { return set_b.contains(id); });
    std::copy_if(ids_b.begin(), ids_b.end(), std::back_inserter(common_b),
                 [&](const std::string &id) { return set_a.contains(id); });
    if (common_a != common_b) out.push_back("rules: the same rules in a different order");
    for (std::size_t i = 0; i < ids_a.size(); ++i) {
        const auto it = std::find(ids_b.begin(), ids_b.end(), ids_a[i]);
        if (it != ids_b.end())
            compare(a[i], b[static_cast<std::size_t>(it - ids_b.begin())],
                    "rules[" + ids_a[i] + "]", out);
    }
}

void compare(const json &a, const json &b, const std::string &path, std::vector<std::string> &out) {
    if (a.type() != b.type()) {
        out.push_back(path + ": " + shown(a) + " vs " + shown(b));
    } else if (a.is_object()) {
        std::set<std::string> keys;
        for (const auto &[key, value] : a.items()) keys.insert(key);
        for (const auto &[key, value] : b.items()) keys.insert(key);
        for (const auto &key : keys) {
            const std::string at = path.empty() ? key : path + "." + key;
            if (!a.contains(key))
                out.push_back(at + ": only in the second");
            else if (!b.contains(key))
                out.push_back(at + ": only in the first");
            else if (at == "rules")
                compare_rules(a[key], b[key], out);
            else
                compare(a[key], b[key], at, out);
        }
    } else if (a.is_array()) {
        if (a.size() != b.size())
            out.push_back(path + ": " + std::to_string(a.size()) + " items vs " +
                          std::to_string(b.size()));
        for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i)
            compare(a[i], b[i], path + "[" + std::to_string(i) + "]", out);
    } else if (a != b) {
        out.push_back(path + ": " + shown(a) + " vs " + shown(b));
    }
}

}  // namespace

std::vector<std::string> content_differences(const Results &first, const Results &second) {
    std::vector<std::string> out;
    compare(json(comparable(first)), json(comparable(second)), "", out);
    return out;
}

}  // namespace rtkconf::report
