#include "catalog_format.h"

namespace rtkconf::runner {
namespace {

// A table cell must stay on one line and must not end the cell early.
std::string cell(const std::string &text) {
    std::string out;
    for (char c : text) {
        if (c == '|') out += "\\|";
        else if (c == '\n' || c == '\r') out += ' ';
        else out += c;
    }
    return out;
}

}  // namespace

std::string catalog_markdown(const RuleCatalog &catalog) {
    std::string md = "| ID | family | level | title | source sentence |\n"
                     "|---|---|---|---|---|\n";
    for (const RuleInfo &r : catalog.sorted()) {
        md += "| " + cell(r.id) + " | " + cell(r.family) + " | " + std::string(to_string(r.level)) +
              " | " + cell(r.title) + " | " + cell(r.source) + " |\n";
    }
    return md;
}

nlohmann::json catalog_json(const RuleCatalog &catalog) {
    nlohmann::json rules = nlohmann::json::array();
    for (const RuleInfo &r : catalog.sorted()) {
        rules.push_back({{"id", r.id},
                         {"family", r.family},
                         {"level", std::string(to_string(r.level))},
                         {"title", r.title},
                         {"source", r.source},
                         {"needs_exports", r.needs_exports},
                         {"plugin", r.plugin}});
    }
    return {{"rules", rules}};
}

}  // namespace rtkconf::runner
