// Escaping of untrusted text into XML, HTML and an inline JSON script.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <type_traits>

#include "escape.h"
#include "html.h"

namespace rtkconf::report::detail {
namespace {

struct EscapeCase {
    const char *input;
    const char *xml_text;
    const char *xml_attribute;
    const char *html;
};

// Table rows: each message names its index.
const EscapeCase kCases[] = {
    {"plain", "plain", "plain", "plain"},
    {"a<b>&c", "a&lt;b&gt;&amp;c", "a&lt;b&gt;&amp;c", "a&lt;b&gt;&amp;c"},
    {"say \"hi\" 'x'", "say \"hi\" 'x'", "say &quot;hi&quot; &#39;x&#39;",
     "say &quot;hi&quot; &#39;x&#39;"},
    {"tab\tnl\ncr\r", "tab\tnl\ncr&#13;", "tab&#9;nl&#10;cr&#13;", "tab\tnl\ncr\n"},
    {"nul\x01"
     "bel\x07"
     "esc\x1b",
     "nul\\x01bel\\x07esc\\x1B", "nul\\x01bel\\x07esc\\x1B", "nul\\x01bel\\x07esc\\x1B"},
    {"]]>", "]]&gt;", "]]&gt;", "]]&gt;"},
    {"\xEF\xBF\xBE", "\\uFFFE", "\\uFFFE", "\\uFFFE"},  // U+FFFE: not an XML char
    {"caf\xC3\xA9 \xE2\x82\xAC", "caf\xC3\xA9 \xE2\x82\xAC", "caf\xC3\xA9 \xE2\x82\xAC",
     "caf\xC3\xA9 \xE2\x82\xAC"},
    {"bad\xFF"
     "end",
     "bad\xEF\xBF\xBD"
     "end",
     "bad\xEF\xBF\xBD"
     "end",
     "bad\xEF\xBF\xBD"
     "end"},  // not UTF-8
    {"\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD",
     "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},  // UTF-8 encoded surrogate
    {"\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD", "\xEF\xBF\xBD\xEF\xBF\xBD",
     "\xEF\xBF\xBD\xEF\xBF\xBD"},  // overlong '/'
    {"cut\xE2\x82", "cut\xEF\xBF\xBD\xEF\xBF\xBD", "cut\xEF\xBF\xBD\xEF\xBF\xBD",
     "cut\xEF\xBF\xBD\xEF\xBF\xBD"},
};

TEST(Escape, XmlTextAttributeAndHtmlTable) {
    for (std::size_t i = 0; i < std::size(kCases); ++i) {
        const auto &c = kCases[i];
        EXPECT_EQ(escape_xml_text(c.input), c.xml_text) << "row " << i;
        EXPECT_EQ(escape_xml_attribute(c.input), c.xml_attribute) << "row " << i;
        EXPECT_EQ(escape_html(c.input), c.html) << "row " << i;
    }
}

TEST(Escape, EmbeddedNulIsMadeVisible) {
    const std::string with_nul("a\0b", 3);
    EXPECT_EQ(escape_xml_text(with_nul), "a\\x00b");
}

TEST(Escape, SanitizeKeepsValidUtf8AndReplacesTheRest) {
    EXPECT_EQ(sanitize_utf8("\xF0\x9F\x98\x80 ok"), "\xF0\x9F\x98\x80 ok");
    EXPECT_EQ(sanitize_utf8("\xF5\x80\x80\x80"),
              "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(Escape, JsonForScriptCannotCloseTheScriptElement) {
    const nlohmann::json value = {
        {"evidence", "</script><script>alert(1)</script><!-- & \xE2\x80\xA8"}};
    const std::string text = json_for_script(value);
    EXPECT_EQ(text.find('<'), std::string::npos) << text;
    EXPECT_EQ(text.find('>'), std::string::npos) << text;
    EXPECT_EQ(text.find('&'), std::string::npos) << text;
    EXPECT_EQ(text.find("\xE2\x80\xA8"), std::string::npos) << text;
    EXPECT_EQ(nlohmann::json::parse(text), value) << "the escaped JSON must read back unchanged";
}

TEST(Escape, JsonForScriptSurvivesInvalidUtf8) {
    const nlohmann::json value = {{"evidence", std::string("bad\xFF")}};
    std::string text;
    ASSERT_NO_THROW(text = json_for_script(value));
    EXPECT_EQ(nlohmann::json::parse(text)["evidence"], "bad\xEF\xBF\xBD");
}

// Html is escaped by construction: text read at run time only gets in
// through text() or number(), so forgetting to escape does not compile.
template <typename T>
concept JoinsHtml = requires(Html html, T more) {
    html + more;
};
static_assert(!std::is_constructible_v<Html, std::string>);
static_assert(!std::is_constructible_v<Html, std::string_view>);
static_assert(!JoinsHtml<std::string>);
static_assert(!JoinsHtml<std::string_view>);
static_assert(JoinsHtml<Html>);

TEST(Html, TextIsEscapedOnTheWayInAndLiteralsAreMarkup) {
    const Html html = Html("<td title=\"") + text("\"><script>") + "\">" + number(-12) + "</td>";
    EXPECT_EQ(html.str(), "<td title=\"&quot;&gt;&lt;script&gt;\">-12</td>");
    EXPECT_EQ(text("bad\xFF").str(), "bad\xEF\xBF\xBD");
    EXPECT_TRUE(Html().empty());
}

}  // namespace
}  // namespace rtkconf::report::detail
