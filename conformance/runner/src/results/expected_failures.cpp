#include "expected_failures.h"

#include <fstream>

#include <nlohmann/json.hpp>

namespace rtkconf::runner {

std::optional<std::vector<DeclaredFailure>> load_expected_failures(
    const std::filesystem::path &path, std::string &error) {
    std::ifstream in(path);
    if (!in) {
        error = "cannot read " + path.string();
        return std::nullopt;
    }
    nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("expected_failures") ||
        !doc["expected_failures"].is_array()) {
        error = path.string() + ": expected a JSON object with an array \"expected_failures\"";
        return std::nullopt;
    }
    std::vector<DeclaredFailure> out;
    std::size_t index = 0;
    for (const auto &entry : doc["expected_failures"]) {
        const std::string where =
            path.string() + ": expected_failures[" + std::to_string(index++) + "]";
        if (!entry.is_object() || !entry.contains("rule") || !entry["rule"].is_string() ||
            !entry.contains("reason") || !entry["reason"].is_string() ||
            entry["reason"].get<std::string>().empty()) {
            error = where + ": needs a \"rule\" and a non-empty \"reason\"";
            return std::nullopt;
        }
        DeclaredFailure d{entry["rule"], entry["reason"], ""};
        if (entry.contains("link")) {
            if (!entry["link"].is_string()) {
                error = where + ": \"link\" must be a string";
                return std::nullopt;
            }
            d.link = entry["link"];
        }
        out.push_back(std::move(d));
    }
    return out;
}

std::vector<std::string> apply_expected_failures(std::vector<results::Rule> &rules,
                                                 const std::vector<DeclaredFailure> &declared) {
    std::vector<std::string> unknown;
    for (const DeclaredFailure &d : declared) {
        bool found = false;
        for (results::Rule &r : rules) {
            if (r.id != d.rule) continue;
            found = true;
            r.expected_failure =
                results::Expectation{d.reason, d.link, results::outcome_for(r.status)};
        }
        if (!found) unknown.push_back(d.rule);
    }
    return unknown;
}

}  // namespace rtkconf::runner
