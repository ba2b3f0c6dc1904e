#include "json_access.h"

#include <cstdio>

namespace rtkconf::report::detail {

namespace {
const json &null_value() {
    static const json value;
    return value;
}
const json &empty_array() {
    static const json value = json::array();
    return value;
}
}  // namespace

const json &member(const json &object, std::string_view key) {
    if (!object.is_object()) return null_value();
    const auto it = object.find(key);
    return it == object.end() ? null_value() : *it;
}

std::string as_text(const json &value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_number() || value.is_boolean())
        return value.dump(-1, ' ', false, json::error_handler_t::replace);
    return {};
}

std::string text(const json &object, std::string_view key) {
    return as_text(member(object, key));
}

std::int64_t integer(const json &object, std::string_view key, std::int64_t fallback) {
    const json &value = member(object, key);
    if (value.is_number_integer()) return value.get<std::int64_t>();
    // Doubles beyond int64 would be undefined to convert: range-check first.
    if (value.is_number_float()) {
        const double d = value.get<double>();
        if (d > -9.2e18 && d < 9.2e18) return static_cast<std::int64_t>(d);
    }
    return fallback;
}

bool boolean(const json &object, std::string_view key, bool fallback) {
    const json &value = member(object, key);
    return value.is_boolean() ? value.get<bool>() : fallback;
}

const json &array(const json &object, std::string_view key) {
    const json &value = member(object, key);
    return value.is_array() ? value : empty_array();
}

std::string seconds_text(std::int64_t milliseconds) {
    if (milliseconds < 0) milliseconds = 0;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%lld.%03lld", static_cast<long long>(milliseconds / 1000),
                  static_cast<long long>(milliseconds % 1000));
    return buffer;
}

}  // namespace rtkconf::report::detail
