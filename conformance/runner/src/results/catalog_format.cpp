#include "catalog_format.h"

namespace rtkconf::runner {
namespace {

// A table cell must stay on one line and must not end the cell early.
std::string cell(const std::string &text) {
    std::string out;
    for (char c : text) {
        if (c == '|')
            out += "\\|";
        else if (c == '\n' || c == '\r')
            out += ' ';
        else
            out += c;
    }
    return out;
}

bool lacks_fixture(const RuleInfo &rule, const FixtureIndex &fixtures) {
    return fixtures.known && rule.level != Level::info && fixtures_of(fixtures, rule.id).empty();
}

std::string fixtures_cell(const RuleInfo &rule, const FixtureIndex &fixtures) {
    const std::vector<std::string> names = fixtures_of(fixtures, rule.id);
    if (names.empty()) return lacks_fixture(rule, fixtures) ? "**none**" : "";
    std::string text;
    for (const std::string &name : names) text += (text.empty() ? "" : ", ") + ("`" + name + "`");
    return text;
}

// "rtk, rtapi", or "across" for the cross-flavour rules.
std::string flavours_cell(const RuleInfo &rule) {
    if (rule.across) return "across";
    std::string text;
    for (Flavour f : rule.flavours)
        text += (text.empty() ? "" : ", ") + std::string(flavour_name(f));
    return text;
}

}  // namespace

std::vector<std::string> fixtures_of(const FixtureIndex &fixtures, const std::string &rule) {
    auto it = fixtures.by_rule.find(rule);
    return it == fixtures.by_rule.end() ? std::vector<std::string>{} : it->second;
}

std::string catalog_markdown(const RuleCatalog &catalog, const FixtureIndex &fixtures) {
    std::string md =
        "| ID | family | level | flavours | title | source sentence | broken by |\n"
        "|---|---|---|---|---|---|---|\n";
    for (const RuleInfo &r : catalog.sorted()) {
        md += "| " + cell(r.id) + " | " + cell(r.family) + " | " + std::string(to_string(r.level)) +
              " | " + flavours_cell(r) + " | " + cell(r.title) + " | " + cell(r.source) + " | " +
              fixtures_cell(r, fixtures) + " |\n";
    }
    return md;
}

nlohmann::json catalog_json(const RuleCatalog &catalog, const FixtureIndex &fixtures) {
    nlohmann::json rules = nlohmann::json::array();
    for (const RuleInfo &r : catalog.sorted()) {
        rules.push_back(
            {{"id", r.id},
             {"family", r.family},
             {"level", std::string(to_string(r.level))},
             {"title", r.title},
             {"source", r.source},
             {"needs_exports", r.needs_exports},
             {"flavours", r.across ? std::string("across") : flavour_list(r.flavours)},
             {"plugin", r.plugin},
             {"fixtures", fixtures_of(fixtures, r.id)},
             {"fixture_missing", lacks_fixture(r, fixtures)}});
    }
    return {{"rules", rules}};
}

}  // namespace rtkconf::runner
