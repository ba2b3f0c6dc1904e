// RESULTS_SCHEMA.md against the model: the example document parses, the
// model writes exactly the fields the example shows (no more, no fewer),
// the vocabulary table lists the model's words in the model's order, and
// the worst-of order the page states is severity()'s.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <vector>

#include "rtkconf/results/json.h"

namespace rtkconf::results {
namespace {

using nlohmann::json;

std::string schema_page() {
    std::ifstream in(RTKCONF_RESULTS_SCHEMA_MD, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The first ```json block, without its // comments (outside strings).
json example_document(const std::string &page) {
    const auto start = page.find("```json\n");
    const auto end = page.find("\n```", start + 8);
    if (start == std::string::npos || end == std::string::npos) return {};
    const std::string block = page.substr(start + 8, end - start - 8);
    std::string plain;
    bool in_string = false;
    for (std::size_t i = 0; i < block.size(); ++i) {
        const char c = block[i];
        if (in_string) {
            plain += c;
            if (c == '\\' && i + 1 < block.size())
                plain += block[++i];
            else if (c == '"')
                in_string = false;
        } else if (c == '/' && i + 1 < block.size() && block[i + 1] == '/') {
            while (i < block.size() && block[i] != '\n') ++i;
            plain += '\n';
        } else {
            in_string = c == '"';
            plain += c;
        }
    }
    return json::parse(plain, nullptr, false);
}

// Every key path of `value` ("rules[].tests[].calls[].peer"); an array
// contributes the keys of all its items under one "[]".
void key_paths(const json &value, const std::string &path, std::set<std::string> &out) {
    if (value.is_object()) {
        for (const auto &[key, item] : value.items()) {
            const std::string at = path.empty() ? key : path + "." + key;
            out.insert(at);
            key_paths(item, at, out);
        }
    } else if (value.is_array()) {
        for (const auto &item : value) key_paths(item, path + "[]", out);
    }
}

std::set<std::string> key_paths(const json &value) {
    std::set<std::string> out;
    key_paths(value, "", out);
    return out;
}

TEST(SchemaPage, TheExampleIsADocumentTheModelReads) {
    const json example = example_document(schema_page());
    ASSERT_TRUE(example.is_object()) << "no parsable ```json block in RESULTS_SCHEMA.md";
    std::string error;
    const auto results = parse_results(example, error);
    ASSERT_TRUE(results) << "the page's example is refused: " << error;
    ASSERT_TRUE(results->rules.at(0).expected_failure) << "the example shows every field";
    ASSERT_TRUE(results->shard);
}

TEST(SchemaPage, TheModelWritesExactlyTheFieldsThePageShows) {
    const json example = example_document(schema_page());
    std::string error;
    const auto results = parse_results(example, error);
    ASSERT_TRUE(results) << error;
    const std::set<std::string> shown = key_paths(example);
    const std::set<std::string> written = key_paths(json(*results));
    for (const auto &path : written)
        EXPECT_TRUE(shown.contains(path)) << path << ": written by the model, missing on the page";
    for (const auto &path : shown)
        EXPECT_TRUE(written.contains(path)) << path << ": on the page, not in the model";
}

// The values column of the vocabulary table row naming `field`.
std::vector<std::string> vocabulary_row(const std::string &page, const std::string &field) {
    const std::regex row("\\n\\|([^\\n]*`" + field + "`[^\\n]*)\\|([^\\n]*)\\|");
    std::smatch match;
    if (!std::regex_search(page, match, row)) return {};
    std::vector<std::string> values;
    const std::string cell = match[2];
    const std::regex word("`([^`]+)`");
    for (auto it = std::sregex_iterator(cell.begin(), cell.end(), word);
         it != std::sregex_iterator(); ++it)
        values.push_back((*it)[1]);
    return values;
}

template <typename E, std::size_t N>
std::vector<std::string> names(const std::array<E, N> &all) {
    std::vector<std::string> out;
    for (const E e : all) out.emplace_back(to_string(e));
    return out;
}

TEST(SchemaPage, TheVocabularyTableListsTheModelsWords) {
    const std::string page = schema_page();
    EXPECT_EQ(vocabulary_row(page, "profile"), names(kAllProfiles));
    EXPECT_EQ(vocabulary_row(page, "verdict"), names(kAllVerdicts));
    EXPECT_EQ(vocabulary_row(page, "rules\\[\\]\\.level"), names(kAllLevels));
    EXPECT_EQ(vocabulary_row(page, "rules\\[\\]\\.status"), names(kAllStatuses));
    EXPECT_EQ(vocabulary_row(page, "rules\\[\\]\\.expected_failure\\.outcome"),
              names(kAllOutcomes));
}

TEST(SchemaPage, TheStatedWorstOfOrderIsTheModels) {
    const std::string page = schema_page();
    const std::regex order("`((?:[\\w/]+ > )+[\\w/]+)`");
    std::smatch match;
    ASSERT_TRUE(std::regex_search(page, match, order)) << "the page states no worst-of order";
    std::vector<std::string> words;
    const std::string stated = match[1].str();
    for (std::size_t from = 0;;) {
        const std::size_t to = stated.find(" > ", from);
        words.push_back(stated.substr(from, to - from));
        if (to == std::string::npos) break;
        from = to + 3;
    }
    ASSERT_EQ(words.size(), kAllStatuses.size()) << stated;
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        const auto worse = parse_status(words[i]);
        const auto better = parse_status(words[i + 1]);
        ASSERT_TRUE(worse && better) << stated;
        EXPECT_GT(severity(*worse), severity(*better)) << words[i] << " > " << words[i + 1];
    }
}

}  // namespace
}  // namespace rtkconf::results
