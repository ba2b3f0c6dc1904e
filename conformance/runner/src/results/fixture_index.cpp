#include "fixture_index.h"

#include <fstream>

#include <nlohmann/json.hpp>

namespace rtkconf::runner {

FixtureIndex fixture_index_of(const std::filesystem::path &file) {
    if (!file.empty()) return load_fixture_index(file);
    FixtureIndex none;
    none.known = false;
    return none;
}

FixtureIndex load_fixture_index(const std::filesystem::path &file) {
    FixtureIndex index;
    std::ifstream in(file);
    if (!in) {
        index.problem = "no fixture index at " + file.string();
        return index;
    }
    const nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
    if (doc.is_discarded() || !doc.contains("fixtures") || !doc["fixtures"].is_array()) {
        index.problem = file.string() + " is not a fixture index ({\"fixtures\": [...]})";
        return index;
    }
    for (const auto &entry : doc["fixtures"]) {
        if (!entry.is_object()) continue;
        const std::string rule = entry.value("breaks", "");
        const std::string fixture = entry.value("fixture", "");
        if (!rule.empty() && !fixture.empty()) index.by_rule[rule].push_back(fixture);
    }
    return index;
}

}  // namespace rtkconf::runner
