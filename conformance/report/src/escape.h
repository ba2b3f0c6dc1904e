// Internal to rtkconf_report; not part of its API.
//
// Text from a results document is untrusted: evidence quotes what an
// implementation did, including names with control characters and bytes
// that are not UTF-8. Everything written to XML or HTML goes through here.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace rtkconf::report::detail {

// Valid UTF-8: every ill-formed sequence becomes U+FFFD.
std::string sanitize_utf8(std::string_view text);

// XML 1.0 character data or attribute value (quotes escaped too). Characters
// XML 1.0 forbids (C0 controls but TAB/LF/CR, U+FFFE, U+FFFF) cannot be
// written even as references, so they become the visible text `\xNN`.
// In attributes TAB/LF/CR are written as references so they survive
// attribute-value normalisation.
std::string escape_xml_text(std::string_view text);
std::string escape_xml_attribute(std::string_view text);

// HTML text or attribute value; control characters as in XML.
std::string escape_html(std::string_view text);

// `value` as JSON safe to place inside <script type="application/json">:
// '<', '>', '&' and U+2028/U+2029 are written as \u escapes, so neither
// "</script>" nor "<!--" can end or alter the script element.
std::string json_for_script(const nlohmann::json &value);

}  // namespace rtkconf::report::detail
