// Internal to rtkconf_report; not part of its API.
//
// HTML that is safe by construction. An Html value is either markup
// spelled in this library's source (a string literal: Literal's
// constructor runs at compile time, so text read at run time cannot
// become one) or text escaped on its way in (text(), number()). Html
// joins only with Html and literals, so text from a results document
// cannot reach a page unescaped: forgetting to escape does not compile.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace rtkconf::report::detail {

// Markup from the source text: "<td class=\"num\">".
struct Literal {
    consteval Literal(const char *markup) : text(markup) {}
    std::string_view text;
};

class Html {
  public:
    Html() = default;
    Html(Literal markup) : markup_(markup.text) {}

    Html &operator+=(const Html &more) {
        markup_ += more.markup_;
        return *this;
    }
    Html &operator+=(Literal more) {
        markup_ += more.text;
        return *this;
    }
    bool empty() const { return markup_.empty(); }
    const std::string &str() const { return markup_; }

    // The ways in for anything not spelled in the source:
    friend Html text(std::string_view untrusted);  // escaped (and UTF-8 repaired)
    friend Html number(std::int64_t value);
    friend Html embedded_file(std::string_view name);      // a file of reports/, as built in
    friend Html script_json(const nlohmann::json &value);  // JSON that cannot end a <script>

  private:
    struct Made {};  // only the friends above make markup from run-time text
    Html(Made, std::string markup) : markup_(std::move(markup)) {}
    std::string markup_;
};

Html text(std::string_view untrusted);
Html number(std::int64_t value);
Html embedded_file(std::string_view name);
Html script_json(const nlohmann::json &value);

inline Html operator+(Html a, const Html &b) {
    return a += b;
}
inline Html operator+(Html a, Literal b) {
    return a += b;
}
inline Html operator+(Literal a, const Html &b) {
    return Html(a) += b;
}

}  // namespace rtkconf::report::detail
