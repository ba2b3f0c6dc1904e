#include "html_page.h"
#include "json_access.h"

#include "escape.h"
#include "rtkconf/report.h"

namespace rtkconf::report::detail {

std::string fill_template(std::string_view page_template,
                          const std::map<std::string, std::string> &values) {
    std::string out;
    out.reserve(page_template.size() * 2);
    std::size_t pos = 0;
    while (pos < page_template.size()) {
        const std::size_t open = page_template.find("{{", pos);
        if (open == std::string_view::npos) break;
        const std::size_t close = page_template.find("}}", open + 2);
        if (close == std::string_view::npos) break;
        out.append(page_template, pos, open - pos);
        const std::string name(page_template.substr(open + 2, close - open - 2));
        if (const auto it = values.find(name); it != values.end())
            out += it->second;
        else
            out.append(page_template, open, close + 2 - open);
        pos = close + 2;
    }
    out.append(page_template, pos);
    return out;
}

std::string status_class(std::string_view status) {
    if (!parse_status(status)) return "st-unknown";
    std::string name;  // "n/a" -> "st-na": a class name keeps to letters
    for (char c : status)
        if (c != '/') name += c;
    return "st-" + name;
}

std::string status_badge(std::string_view status) {
    return "<span class=\"badge " + status_class(status) + "\" data-status=\"" +
           escape_html(status) + "\">" +
           escape_html(status.empty() ? std::string_view("none") : status) + "</span>";
}

std::string verdict_class(std::string_view verdict) {
    if (verdict == "conformant" || verdict == "not-conformant" || verdict == "incomplete" ||
        verdict == "partial")
        return "verdict-" + std::string(verdict);
    return "verdict-unknown";
}

std::string verdict_text(std::string_view verdict) {
    if (verdict == "conformant") return "CONFORMANT";
    if (verdict == "not-conformant") return "NOT CONFORMANT";
    if (verdict == "incomplete") return "INCOMPLETE";
    if (verdict == "partial") return "PARTIAL";
    return "VERDICT UNKNOWN";
}

std::string shown_verdict(const nlohmann::json &results) {
    const std::string verdict = text(results, "verdict");
    // A run of some rules only says nothing about the others: never
    // "conformant", whatever passed.
    if (verdict == "conformant" && !text(results, "rule_filter").empty()) return "partial";
    return verdict;
}

}  // namespace rtkconf::report::detail
