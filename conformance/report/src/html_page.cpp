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

Html verdict_class(ShownVerdict verdict) {
    switch (verdict) {
        case ShownVerdict::conformant:
            return Html("verdict-conformant");
        case ShownVerdict::not_conformant:
            return Html("verdict-not-conformant");
        case ShownVerdict::incomplete:
            break;
        case ShownVerdict::partial:
            return Html("verdict-partial");
    }
    return Html("verdict-incomplete");
}

Html verdict_text(ShownVerdict verdict) {
    switch (verdict) {
        case ShownVerdict::conformant:
            return Html("CONFORMANT");
        case ShownVerdict::not_conformant:
            return Html("NOT CONFORMANT");
        case ShownVerdict::incomplete:
            break;
        case ShownVerdict::partial:
            return Html("PARTIAL");
    }
    return Html("INCOMPLETE");
}

}  // namespace rtkconf::report::detail
