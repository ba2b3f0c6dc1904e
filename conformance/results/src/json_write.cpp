// The model as JSON: every field the schema names, in nlohmann's key order.
#include "rtkconf/results/json.h"

namespace rtkconf::results {

using nlohmann::json;

void to_json(json &j, Status value) {
    j = to_string(value);
}
void to_json(json &j, Level value) {
    j = to_string(value);
}
void to_json(json &j, Profile value) {
    j = to_string(value);
}
void to_json(json &j, Verdict value) {
    j = to_string(value);
}
void to_json(json &j, Outcome value) {
    j = to_string(value);
}

void to_json(json &j, const Call &value) {
    j = {{"peer", value.peer},
         {"call", value.call},
         {"status", value.status},
         {"status_name", value.status_name},
         {"detail", value.detail}};
}

void to_json(json &j, const Test &value) {
    j = {{"name", value.name},
         {"status", value.status},
         {"duration_ms", value.duration_ms},
         {"messages", value.messages},
         {"calls", value.calls}};
}

void to_json(json &j, const Expectation &value) {
    j = {{"reason", value.reason}, {"link", value.link}, {"outcome", value.outcome}};
}

void to_json(json &j, const Rule &value) {
    j = {{"id", value.id},
         {"family", value.family},
         {"level", value.level},
         {"title", value.title},
         {"source", value.source},
         {"status", value.status},
         {"counts_for_verdict", value.counts_for_verdict},
         {"duration_ms", value.duration_ms},
         {"observed", value.observed},
         {"evidence", value.evidence},
         {"fixtures", value.fixtures},
         {"rerun", value.rerun},
         {"tests", value.tests}};
    if (value.expected_failure) j["expected_failure"] = *value.expected_failure;
}

void to_json(json &j, const Plugin &value) {
    j = {{"path", value.path},
         {"status", value.status},
         {"rules", value.rules},
         {"message", value.message}};
}

void to_json(json &j, const Shard &value) {
    j = {{"index", value.index}, {"count", value.count}};
}

void to_json(json &j, const StatusCounts &value) {
    j = json::object();
    for (const Status s : kAllStatuses) j[std::string(to_string(s))] = value[s];
}

void to_json(json &j, const Results &value) {
    j = {{"schema", kSchemaName},
         {"schema_version", kSchemaVersion},
         {"harness", {{"name", value.harness.name}, {"version", value.harness.version}}},
         {"implementation",
          {{"path", value.implementation.path},
           {"sha256", value.implementation.sha256},
           {"platform", value.implementation.platform},
           {"label", value.implementation.label}}},
         {"started", value.started},
         {"duration_ms", value.duration_ms},
         {"profile", value.profile},
         {"transport", value.transport},
         {"rule_filter", value.rule_filter},
         {"safe", value.safe},
         {"heavy", value.heavy},
         {"settle_ms", value.settle_ms},
         {"remaining_names", value.remaining_names},
         {"verdict", value.verdict},
         {"summary", count_statuses(value.rules)},
         {"rules", value.rules},
         {"plugins", value.plugins}};
    if (value.shard) j["shard"] = *value.shard;
}

std::string results_text(const Results &results) {
    return json(results).dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace rtkconf::results
