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

bool matches_any(std::string_view patterns, std::string_view text) {
    bool has_selection = false, has_exclusion = false, selected = false;
    std::size_t start = 0;
    while (start <= patterns.size()) {
        std::size_t comma = patterns.find(',', start);
        if (comma == std::string_view::npos) comma = patterns.size();
        std::string_view one = patterns.substr(start, comma - start);
        start = comma + 1;
        if (one.empty()) continue;
        if (one.front() == '!') {
            has_exclusion = true;
            if (glob_match(one.substr(1), text)) return false;
        } else {
            has_selection = true;
            selected = selected || glob_match(one, text);
        }
    }
    // "," alone selects nothing: only an empty list, or one that only
    // leaves rules out, starts from every rule.
    if (!has_selection) return patterns.empty() || has_exclusion;
    return selected;
}

}  // namespace rtkconf::runner
