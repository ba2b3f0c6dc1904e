#include "html_page.h"

namespace rtkconf::report::detail {

using results::Status;

std::string fill_template(std::string_view page_template,
                          const std::map<std::string, Html> &values) {
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
            out += it->second.str();
        else
            out.append(page_template, open, close + 2 - open);
        pos = close + 2;
    }
    out.append(page_template, pos);
    return out;
}

Html status_class(Status status) {
    return Html("st-") + text(to_string(status));
}

Html status_badge(Status status) {
    return Html("<span class=\"badge ") + status_class(status) + "\" data-status=\"" +
           text(to_string(status)) + "\">" + text(to_string(status)) + "</span>";
}

ShownVerdict shown_verdict(const results::Results &results) {
    switch (results.verdict) {
        case results::Verdict::conformant:
            // A run of some rules says nothing about the others.
            if (!results.rule_filter.empty() || results.shard) return ShownVerdict::partial;
            return ShownVerdict::conformant;
        case results::Verdict::not_conformant:
            return ShownVerdict::not_conformant;
        case results::Verdict::incomplete:
            break;
    }
    return ShownVerdict::incomplete;
}

namespace {
struct VerdictLook {
    ShownVerdict verdict;
    Literal css_class, banner;
};
constexpr VerdictLook kVerdictLooks[] = {
    {ShownVerdict::conformant, "verdict-conformant", "CONFORMANT"},
    {ShownVerdict::not_conformant, "verdict-not-conformant", "NOT CONFORMANT"},
    {ShownVerdict::incomplete, "verdict-incomplete", "INCOMPLETE"},
    {ShownVerdict::partial, "verdict-partial", "PARTIAL"},
};
const VerdictLook &look_of(ShownVerdict verdict) {
    for (const VerdictLook &look : kVerdictLooks)
        if (look.verdict == verdict) return look;
    return kVerdictLooks[2];  // unreachable for a value of the enum
}
}  // namespace

Html verdict_class(ShownVerdict verdict) {
    return Html(look_of(verdict).css_class);
}

Html verdict_text(ShownVerdict verdict) {
    return Html(look_of(verdict).banner);
}

}  // namespace rtkconf::report::detail
