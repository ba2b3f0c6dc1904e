// results.json <-> the model. Writing never fails; reading checks every
// field RESULTS_SCHEMA.md names and refuses a document with the path of
// its first bad field (`rules[3].status: expected one of pass|...`), so a
// reader that got a Results holds a well-formed run.
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "rtkconf/results/model.h"

namespace rtkconf::results {

inline constexpr std::string_view kSchemaName = "rtkconf-results";
inline constexpr int kSchemaVersion = 1;

// What from_json throws: the message starts with the bad field's path,
// relative to the value being converted.
class SchemaError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// nlohmann's conversions (found by ADL): json j = results; j.get<Rule>().
void to_json(nlohmann::json &j, Status value);
void to_json(nlohmann::json &j, Level value);
void to_json(nlohmann::json &j, Profile value);
void to_json(nlohmann::json &j, Verdict value);
void to_json(nlohmann::json &j, Outcome value);
void to_json(nlohmann::json &j, const Call &value);
void to_json(nlohmann::json &j, const Test &value);
void to_json(nlohmann::json &j, const Expectation &value);
void to_json(nlohmann::json &j, const Rule &value);
void to_json(nlohmann::json &j, const Plugin &value);
void to_json(nlohmann::json &j, const Shard &value);
void to_json(nlohmann::json &j, const StatusCounts &value);
void to_json(nlohmann::json &j, const Results &value);  // with the summary, counted

void from_json(const nlohmann::json &j, Status &value);
void from_json(const nlohmann::json &j, Level &value);
void from_json(const nlohmann::json &j, Profile &value);
void from_json(const nlohmann::json &j, Verdict &value);
void from_json(const nlohmann::json &j, Outcome &value);
void from_json(const nlohmann::json &j, Call &value);
void from_json(const nlohmann::json &j, Test &value);
void from_json(const nlohmann::json &j, Expectation &value);
void from_json(const nlohmann::json &j, Rule &value);
void from_json(const nlohmann::json &j, Plugin &value);
void from_json(const nlohmann::json &j, Shard &value);
void from_json(const nlohmann::json &j, Results &value);

// The same checks without exceptions: nullopt and `error` set when
// `document` is not a schema-1 results document.
std::optional<Results> parse_results(const nlohmann::json &document, std::string &error);
// nullopt when valid, else the message naming the first bad field.
std::optional<std::string> validate_results(const nlohmann::json &document);

// Reads and parses a results.json file; the error names the file.
std::optional<Results> load_results(const std::filesystem::path &path, std::string &error);

// The JSON text of results.json: two-space indent, invalid UTF-8 from an
// implementation's output replaced rather than refused.
std::string results_text(const Results &results);

}  // namespace rtkconf::results
