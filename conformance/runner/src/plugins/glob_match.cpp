#include "glob_match.h"

namespace rtkconf::runner {

// Iterative matcher with single-star backtracking: linear in practice and
// no recursion, so a hostile pattern cannot blow the stack.
bool glob_match(std::string_view pattern, std::string_view text) {
    std::size_t p = 0, t = 0;
    std::size_t star = std::string_view::npos, resume = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            resume = t;
        } else if (star != std::string_view::npos) {
            p = star + 1;
            t = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*') ++p;
    return p == pattern.size();
}

namespace {

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    return text;
}

// Calls `each(glob, excluded)` with every comma-separated glob, trimmed,
// empty ones left out; a leading '!' is taken off as `excluded`.
template <typename Each>
void for_each_glob(std::string_view patterns, Each each) {
    std::size_t start = 0;
    while (start <= patterns.size()) {
        std::size_t comma = patterns.find(',', start);
        if (comma == std::string_view::npos) comma = patterns.size();
        const std::string_view one = trimmed(patterns.substr(start, comma - start));
        start = comma + 1;
        if (one.empty()) continue;
        if (one.front() == '!')
            each(trimmed(one.substr(1)), true);
        else
            each(one, false);
    }
}

}  // namespace

bool matches_any(std::string_view patterns, std::string_view text) {
    bool has_selection = false, has_exclusion = false, selected = false, excluded = false;
    for_each_glob(patterns, [&](std::string_view glob, bool exclusion) {
        if (exclusion) {
            has_exclusion = true;
            excluded = excluded || glob_match(glob, text);
        } else {
            has_selection = true;
            selected = selected || glob_match(glob, text);
        }
    });
    if (excluded) return false;
    // "," alone selects nothing: only an empty list, or one that only
    // leaves rules out, starts from every rule.
    if (!has_selection) return patterns.empty() || has_exclusion;
    return selected;
}

std::string glob_list_problem(std::string_view patterns) {
    bool bare_bang = false;
    for_each_glob(patterns, [&](std::string_view glob, bool exclusion) {
        bare_bang = bare_bang || (exclusion && glob.empty());
    });
    return bare_bang ? "'!' needs a glob after it (e.g. '!SHM-CAP-*')" : "";
}

}  // namespace rtkconf::runner
