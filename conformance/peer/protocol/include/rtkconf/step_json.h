// The wire format between the orchestrator and rtkconf-peer: one Step or
// StepResult per line of JSON. Names travel as arrays of UTF-16 code units
// so malformed names (lone surrogates, NULs) survive exactly. Decoding
// fills absent fields with the Step defaults and never throws.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "rtkconf/step.h"

namespace rtkconf {

const char *op_name(StepOp op);          // "create", "writable_probe", ...
const char *kind_name(ObjectKind kind);  // "shared_memory", "mutex", ...
std::optional<StepOp> op_from_name(const std::string &name);
std::optional<ObjectKind> kind_from_name(const std::string &name);

// nlohmann ADL hooks, so json(step) and j.get<Step>() work. from_json
// throws nlohmann::json::exception on a wrong type, as nlohmann does.
void to_json(nlohmann::json &j, const NameArg &name);
void from_json(const nlohmann::json &j, NameArg &name);
void to_json(nlohmann::json &j, const Step &step);
void from_json(const nlohmann::json &j, Step &step);
void to_json(nlohmann::json &j, const StepResult &result);
void from_json(const nlohmann::json &j, StepResult &result);

// One line each, without the trailing newline.
std::string step_to_line(const Step &step);
std::string result_to_line(const StepResult &result);

// Errors as values: false and a reason instead of an exception.
bool step_from_line(const std::string &line, Step &step, std::string &error);
bool result_from_line(const std::string &line, StepResult &result, std::string &error);

}  // namespace rtkconf
