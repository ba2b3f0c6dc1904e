#include "rtkconf/step_json.h"

#include <array>
#include <limits>
#include <type_traits>
#include <utility>

namespace rtkconf {

namespace {

constexpr std::array<std::pair<StepOp, const char *>, 16> kOps{{
    {StepOp::attach, "attach"},
    {StepOp::attach_bad, "attach_bad"},
    {StepOp::attach_ex, "attach_ex"},
    {StepOp::detach, "detach"},
    {StepOp::create, "create"},
    {StepOp::open, "open"},
    {StepOp::close, "close"},
    {StepOp::unmap, "unmap"},
    {StepOp::write, "write"},
    {StepOp::check, "check"},
    {StepOp::check_zero, "check_zero"},
    {StepOp::resident, "resident"},
    {StepOp::writable_probe, "writable_probe"},
    {StepOp::exit, "exit"},
    {StepOp::crash, "crash"},
    {StepOp::release_all, "release_all"},
}};

[[noreturn]] void out_of_range(const char *key, const nlohmann::json &j) {
    throw nlohmann::json::other_error::create(
        502, std::string("field '") + key + "' is not a value of its type", &j);
}

// nlohmann would silently wrap -1 into 0xFFFFFFFF or truncate 1e20; a step
// must mean exactly what the test wrote, so such numbers are refused.
template <typename T>
T checked(const nlohmann::json &value, const char *key) {
    if constexpr (std::is_same_v<T, bool>) {
        if (!value.is_boolean()) out_of_range(key, value);
        return value.get<bool>();
    } else if constexpr (std::is_integral_v<T>) {
        if (!value.is_number_integer()) out_of_range(key, value);
        if (value.is_number_unsigned()) {
            const auto number = value.get<uint64_t>();
            if (number > static_cast<uint64_t>(std::numeric_limits<T>::max()))
                out_of_range(key, value);
            return static_cast<T>(number);
        }
        const auto number = value.get<int64_t>();
        if constexpr (std::is_unsigned_v<T>) {
            if (number < 0 || static_cast<uint64_t>(number) > std::numeric_limits<T>::max())
                out_of_range(key, value);
        } else {
            if (number < std::numeric_limits<T>::min() || number > std::numeric_limits<T>::max())
                out_of_range(key, value);
        }
        return static_cast<T>(number);
    } else {
        return value.get<T>();
    }
}

template <typename T>
void read_optional(const nlohmann::json &j, const char *key, std::optional<T> &out) {
    auto it = j.find(key);
    if (it != j.end() && !it->is_null()) out = checked<T>(*it, key);
}

template <typename T>
void read_field(const nlohmann::json &j, const char *key, T &out) {
    auto it = j.find(key);
    if (it != j.end() && !it->is_null()) out = checked<T>(*it, key);
}

}  // namespace

const char *op_name(StepOp op) {
    for (const auto &[value, name] : kOps)
        if (value == op) return name;
    return "unknown";
}

std::optional<StepOp> op_from_name(const std::string &name) {
    for (const auto &[value, text] : kOps)
        if (name == text) return value;
    return std::nullopt;
}

void to_json(nlohmann::json &j, const NameArg &name) {
    j = nlohmann::json::object();
    if (name.null_pointer) j["null_pointer"] = true;
    nlohmann::json units = nlohmann::json::array();
    for (char16_t unit : name.units) units.push_back(static_cast<uint16_t>(unit));
    j["units"] = std::move(units);
    if (name.length) j["length"] = *name.length;
    if (name.maximum_length) j["maximum_length"] = *name.maximum_length;
    if (name.null_buffer) j["null_buffer"] = true;
}

void from_json(const nlohmann::json &j, NameArg &name) {
    name = NameArg{};
    read_field(j, "null_pointer", name.null_pointer);
    read_field(j, "null_buffer", name.null_buffer);
    read_optional(j, "length", name.length);
    read_optional(j, "maximum_length", name.maximum_length);
    if (auto it = j.find("units"); it != j.end()) {
        if (!it->is_array()) out_of_range("units", *it);
        for (const auto &unit : *it)
            name.units.push_back(static_cast<char16_t>(checked<uint16_t>(unit, "units")));
    }
}

void to_json(nlohmann::json &j, const Step &step) {
    j = nlohmann::json{{"op", op_name(step.op)},
                       {"var", step.var},
                       {"kind", kind_name(step.kind)},
                       {"name", step.name},
                       {"size_high", step.size_high},
                       {"size_low", step.size_low},
                       {"protect", step.protect},
                       {"desired_access", step.desired_access},
                       {"offset", step.offset},
                       {"length", step.length},
                       {"seed", step.seed},
                       {"arg0", step.arg0},
                       {"arg1", step.arg1}};
    if (step.raw_handle) j["raw_handle"] = *step.raw_handle;
    if (step.null_handle_ptr) j["null_handle_ptr"] = true;
    if (step.null_location) j["null_location"] = true;
    if (step.raw_instance) j["raw_instance"] = *step.raw_instance;
    if (step.null_error_code) j["null_error_code"] = true;
}

void from_json(const nlohmann::json &j, Step &step) {
    step = Step{};
    if (!j.is_object()) out_of_range("step", j);
    const std::string op = j.at("op").get<std::string>();
    const auto parsed_op = op_from_name(op);
    if (!parsed_op) throw nlohmann::json::other_error::create(501, "unknown op '" + op + "'", &j);
    step.op = *parsed_op;
    if (auto it = j.find("kind"); it != j.end()) {
        const std::string kind = it->get<std::string>();
        const auto parsed_kind = kind_from_name(kind);
        if (!parsed_kind)
            throw nlohmann::json::other_error::create(501, "unknown kind '" + kind + "'", &j);
        step.kind = *parsed_kind;
    }
    read_field(j, "var", step.var);
    read_field(j, "name", step.name);
    read_field(j, "size_high", step.size_high);
    read_field(j, "size_low", step.size_low);
    read_field(j, "protect", step.protect);
    read_field(j, "desired_access", step.desired_access);
    read_field(j, "offset", step.offset);
    read_field(j, "length", step.length);
    read_field(j, "seed", step.seed);
    read_field(j, "arg0", step.arg0);
    read_field(j, "arg1", step.arg1);
    read_optional(j, "raw_handle", step.raw_handle);
    read_field(j, "null_handle_ptr", step.null_handle_ptr);
    read_field(j, "null_location", step.null_location);
    read_optional(j, "raw_instance", step.raw_instance);
    read_field(j, "null_error_code", step.null_error_code);
}

void to_json(nlohmann::json &j, const StepResult &result) {
    j = nlohmann::json{{"status", result.status},
                       {"called", result.called},
                       {"handle", result.handle},
                       {"location", result.location},
                       {"ok", result.ok},
                       {"detail", result.detail},
                       {"flavour", flavour_name(result.flavour)},
                       {"code", result.code}};
    if (!result.expressible) j["expressible"] = false;
}

void from_json(const nlohmann::json &j, StepResult &result) {
    result = StepResult{};
    read_field(j, "status", result.status);
    read_field(j, "called", result.called);
    read_field(j, "expressible", result.expressible);
    read_field(j, "code", result.code);
    if (auto it = j.find("flavour"); it != j.end()) {
        const auto flavour = flavour_from_name(it->get<std::string>());
        if (!flavour) out_of_range("flavour", *it);
        result.flavour = *flavour;
    }
    read_field(j, "handle", result.handle);
    read_field(j, "location", result.location);
    read_field(j, "ok", result.ok);
    read_field(j, "detail", result.detail);
}

std::string step_to_line(const Step &step) {
    return nlohmann::json(step).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string result_to_line(const StepResult &result) {
    // replace: a detail carrying bytes from the IUT must not make dump() throw.
    return nlohmann::json(result).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

bool step_from_line(const std::string &line, Step &step, std::string &error) {
    try {
        nlohmann::json::parse(line).get_to(step);
        return true;
    } catch (const nlohmann::json::exception &e) {
        error = e.what();
        return false;
    }
}

bool result_from_line(const std::string &line, StepResult &result, std::string &error) {
    try {
        nlohmann::json::parse(line).get_to(result);
        return true;
    } catch (const nlohmann::json::exception &e) {
        error = e.what();
        return false;
    }
}

}  // namespace rtkconf
