// Internal to rtkconf_report; not part of its API.
//
// Tolerant reads from a results document: a missing field or one of the
// wrong type reads as empty, so a writer given a malformed document still
// renders everything else instead of throwing out of nlohmann::json.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace rtkconf::report::detail {

using nlohmann::json;

// The member `key` of `object`, or null when absent / not an object.
const json &member(const json &object, std::string_view key);
// A string member as is; a number or boolean in its JSON spelling; else "".
std::string text(const json &object, std::string_view key);
// An integer member; `fallback` when absent or not a number.
std::int64_t integer(const json &object, std::string_view key, std::int64_t fallback = 0);
bool boolean(const json &object, std::string_view key, bool fallback = false);
// An array member, or an empty array.
const json &array(const json &object, std::string_view key);
// A value itself as text (for array items such as evidence lines).
std::string as_text(const json &value);

// "1.234" seconds from milliseconds, as JUnit and the report show them.
std::string seconds_text(std::int64_t milliseconds);

}  // namespace rtkconf::report::detail
