#include "escape.h"

#include <cstdint>
#include <cstdio>

namespace rtkconf::report::detail {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Decodes one code point at `i` and advances `i`; an ill-formed sequence
// (overlong, surrogate, beyond U+10FFFF, truncated) yields U+FFFD and
// consumes one byte, as the WHATWG decoder does.
char32_t decode_one(std::string_view s, std::size_t &i) {
    const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(s[k]); };
    const std::uint8_t lead = byte(i);
    if (lead < 0x80) {
        ++i;
        return lead;
    }
    int length = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        cp = lead & 0x1F;
        min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        cp = lead & 0x0F;
        min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        cp = lead & 0x07;
        min = 0x10000;
    } else {
        ++i;
        return kReplacement;
    }
    if (i + static_cast<std::size_t>(length) > s.size()) {
        ++i;
        return kReplacement;
    }
    for (int k = 1; k < length; ++k) {
        const std::uint8_t next = byte(i + static_cast<std::size_t>(k));
        if ((next & 0xC0) != 0x80) {
            ++i;
            return kReplacement;
        }
        cp = (cp << 6) | (next & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++i;
        return kReplacement;
    }
    i += static_cast<std::size_t>(length);
    return cp;
}

void append_utf8(std::string &out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool forbidden_in_xml(char32_t cp) {
    return (cp < 0x20 && cp != 0x09 && cp != 0x0A && cp != 0x0D) || cp == 0xFFFE || cp == 0xFFFF;
}

void append_visible(std::string &out, char32_t cp) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, cp <= 0xFF ? "\\x%02X" : "\\u%04X",
                  static_cast<unsigned>(cp));
    out += buffer;
}

enum class Target { xml_text, xml_attribute, html };

std::string escape(std::string_view text, Target target) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = decode_one(text, i);
        if (forbidden_in_xml(cp)) {
            append_visible(out, cp);
            continue;
        }
        switch (cp) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += target == Target::xml_text ? "\"" : "&quot;";
                break;
            case '\'':
                out += target == Target::xml_text ? "'" : "&#39;";
                break;
            case '\r':
                out += target == Target::html ? "\n" : "&#13;";
                break;
            case '\n':
                out += target == Target::xml_attribute ? "&#10;" : "\n";
                break;
            case '\t':
                out += target == Target::xml_attribute ? "&#9;" : "\t";
                break;
            default:
                append_utf8(out, cp);
        }
    }
    return out;
}

}  // namespace

std::string sanitize_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) append_utf8(out, decode_one(text, i));
    return out;
}

std::string escape_xml_text(std::string_view text) {
    return escape(text, Target::xml_text);
}
std::string escape_xml_attribute(std::string_view text) {
    return escape(text, Target::xml_attribute);
}
std::string escape_html(std::string_view text) {
    return escape(text, Target::html);
}

std::string json_for_script(const nlohmann::json &value) {
    const std::string dumped = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    std::string out;
    out.reserve(dumped.size() + 64);
    for (std::size_t i = 0; i < dumped.size(); ++i) {
        const char c = dumped[i];
        if (c == '<')
            out += "\\u003c";
        else if (c == '>')
            out += "\\u003e";
        else if (c == '&')
            out += "\\u0026";
        // U+2028 / U+2029 (E2 80 A8 / E2 80 A9) end a line in older JS parsers.
        else if (c == '\xE2' && i + 2 < dumped.size() && dumped[i + 1] == '\x80' &&
                 (dumped[i + 2] == '\xA8' || dumped[i + 2] == '\xA9')) {
            out += dumped[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
            i += 2;
        } else
            out += c;
    }
    return out;
}

}  // namespace rtkconf::report::detail
