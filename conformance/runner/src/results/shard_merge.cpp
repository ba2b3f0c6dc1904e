#include "shard_merge.h"

#include <algorithm>

#include "leak_rules.h"
#include "results_document.h"

namespace rtkconf::runner {
namespace {

std::string name_of(const results::Shard &s) {
    return std::to_string(s.index) + "/" + std::to_string(s.count);
}

std::string file_name(const std::string &path) {
    const auto slash = path.find_last_of("/\\");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// What a plugin list says about the rule set: which plugins, loaded or
// not, with how many rules (paths differ between machines).
std::vector<std::string> plugin_set(const results::Results &r) {
    std::vector<std::string> out;
    for (const auto &p : r.plugins)
        out.push_back(file_name(p.path) + " " + p.status + " " + std::to_string(p.rules));
    return out;
}

// The first way `other` is not a shard of the same run as `first`; empty
// when it is.
std::string mismatch(const results::Results &first, const results::Results &other) {
    const auto differs = [](const std::string &what, const std::string &a, const std::string &b) {
        return a == b ? std::string() : what + " (" + a + " vs " + b + ")";
    };
    const auto &a = first, &b = other;
    for (const std::string &why :
         {differs("harness", a.harness.name + " " + a.harness.version,
                  b.harness.name + " " + b.harness.version),
          differs("implementation", a.implementation.sha256, b.implementation.sha256),
          differs("platform", a.implementation.platform, b.implementation.platform),
          differs("profile", std::string(to_string(a.profile)), std::string(to_string(b.profile))),
          differs("--transport", a.transport, b.transport),
          differs("--rules", a.rule_filter, b.rule_filter),
          differs("--safe", a.safe ? "on" : "off", b.safe ? "on" : "off"),
          differs("--heavy", a.heavy ? "on" : "off", b.heavy ? "on" : "off"),
          differs("--settle-ms", std::to_string(a.settle_ms), std::to_string(b.settle_ms))})
        if (!why.empty()) return why;
    if (plugin_set(a) != plugin_set(b)) return "plugins (loaded, or how many rules)";
    return {};
}

// The shards in order 1..N, or why not.
std::optional<std::vector<results::Results>> in_order(std::vector<results::Results> shards,
                                                      std::string &error) {
    if (shards.empty()) {
        error = "no shards given";
        return std::nullopt;
    }
    for (const auto &s : shards)
        if (!s.shard) {
            error = "a document of " + s.implementation.label +
                    " is no shard (it was not run with --shard K/N)";
            return std::nullopt;
        }
    const int count = shards.front().shard->count;
    std::vector<std::optional<results::Results>> slot(static_cast<std::size_t>(count));
    for (auto &s : shards) {
        if (s.shard->count != count) {
            error = "shard " + name_of(*s.shard) + " is not one of " + std::to_string(count) +
                    " shards like shard " + name_of(*shards.front().shard);
            return std::nullopt;
        }
        auto &place = slot[static_cast<std::size_t>(s.shard->index - 1)];
        if (place) {
            error = "shard " + name_of(*s.shard) + " is given twice";
            return std::nullopt;
        }
        place = std::move(s);
    }
    std::vector<results::Results> ordered;
    for (std::size_t k = 0; k < slot.size(); ++k) {
        if (!slot[k]) {
            error = "shard " + std::to_string(k + 1) + "/" + std::to_string(count) + " is missing";
            return std::nullopt;
        }
        ordered.push_back(std::move(*slot[k]));
    }
    for (const auto &s : ordered)
        if (const std::string why = mismatch(ordered.front(), s); !why.empty()) {
            error = "shard " + name_of(*s.shard) + " differs from shard " +
                    name_of(*ordered.front().shard) + " in " + why + ": not shards of one run";
            return std::nullopt;
        }
    return ordered;
}

// The shards' own rules back in their unsharded order: rule number i is
// the (i / N)-th of shard (i mod N) + 1. Taking every shard's rules this
// way uses each exactly once only if each has its share of the split.
std::optional<std::vector<results::Rule>> interleave(const std::vector<results::Results> &shards,
                                                     std::string &error) {
    const std::size_t n = shards.size();
    std::vector<std::vector<const results::Rule *>> own(n);
    std::size_t total = 0;
    for (std::size_t k = 0; k < n; ++k)
        for (const auto &r : shards[k].rules)
            if (!is_leak_rule(r.id)) {
                own[k].push_back(&r);
                ++total;
            }
    std::vector<results::Rule> rules;
    for (std::size_t i = 0; i < total; ++i) {
        const auto &from = own[i % n];
        if (i / n >= from.size() || (!rules.empty() && !(rules.back().id < from[i / n]->id))) {
            error = "the shards' rules do not interleave into one rule set in ID order (shard " +
                    std::to_string(i % n + 1) +
                    " has too few, or other rules): were they run with the same plugins and "
                    "--rules?";
            return std::nullopt;
        }
        rules.push_back(*from[i / n]);
    }
    return rules;
}

// How the shards' runs would rerun a rule: shard 1's runner and
// implementation paths (a merged run happened on several machines).
RunIdentity rerun_identity(const std::vector<results::Results> &shards) {
    RunIdentity run;
    const results::Results &first = shards.front();
    run.iut_path = first.implementation.path;
    run.transport = first.transport;
    run.profile = first.profile;
    run.safe = first.safe;
    run.heavy = first.heavy;
    for (const auto &s : shards)
        for (const auto &r : s.rules)
            if (run.runner.empty() && !r.rerun.empty()) run.runner = runner_in(r.rerun);
    return run;
}

}  // namespace

std::optional<results::Results> merge_shards(std::vector<results::Results> given,
                                             std::string &error) {
    auto shards = in_order(std::move(given), error);
    if (!shards) return std::nullopt;
    auto rules = interleave(*shards, error);
    if (!rules) return std::nullopt;

    std::vector<std::vector<results::Rule>> leak_parts;
    for (const auto &s : *shards) {
        leak_parts.emplace_back();
        for (const auto &r : s.rules)
            if (is_leak_rule(r.id)) leak_parts.back().push_back(r);
    }
    const results::Results &first = shards->front();
    auto leaks = merge_leak_rules(leak_parts, *rules, first.profile, error);
    if (!leaks) return std::nullopt;
    const RunIdentity run = rerun_identity(*shards);
    for (results::Rule &leak : *leaks) {
        // Fixtures and a declared failure are the same in every shard; the
        // declared failure is judged again on the whole run's status.
        for (const auto &part : leak_parts.front())
            if (part.id == leak.id) {
                leak.fixtures = part.fixtures;
                if (part.expected_failure)
                    leak.expected_failure = results::Expectation{part.expected_failure->reason,
                                                                 part.expected_failure->link,
                                                                 results::outcome_for(leak.status)};
            }
        leak.rerun = rerun_command(run, rules_to_rerun(leak));
        rules->push_back(std::move(leak));
    }

    results::Results merged = first;
    merged.shard.reset();
    merged.rules = std::move(*rules);
    merged.verdict = results::verdict_of(merged.rules);
    merged.remaining_names.clear();
    merged.duration_ms = 0;
    for (const auto &s : *shards) {
        merged.started = std::min(merged.started, s.started);
        merged.duration_ms += s.duration_ms;
        merged.remaining_names.insert(merged.remaining_names.end(), s.remaining_names.begin(),
                                      s.remaining_names.end());
    }
    return merged;
}

}  // namespace rtkconf::runner
