#include "name_corpus.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>

#include <nlohmann/json.hpp>

#include "rtkconf/plugin/context.h"
#include "rtkconf/plugin/evidence.h"
#include "rtkconf/plugin/unique_name.h"

namespace rtkconf::plugin::names {
namespace {

std::vector<CorpusName> built_in() {
    std::u16string c0;
    for (char16_t c = 0x01; c < 0x20; ++c) c0 += c;
    std::u16string c1 = u"\x007F";
    for (char16_t c = 0x80; c < 0xA0; ++c) c1 += c;
    return {
        {"C0 controls U+0001..U+001F", c0},
        {"DEL and C1 controls U+007F..U+009F", c1},
        {"space, tab and punctuation a Win32 path refuses", u" \t/:*?\"<>|."},
        {"Latin-1 and Latin Extended", u"\x00E9\x00DF\x00FF\x0141\x01C5"},
        {"Greek, Cyrillic, Armenian", u"\x03A9\x0416\x0531"},
        {"Hebrew and Arabic (right to left)", u"\x05D0\x05D1\x0627\x0644"},
        {"CJK, Hiragana, Hangul", u"\x6F22\x5B57\x3072\xD55C"},
        {"combining marks, ZWJ, BOM", u"e\x0301\x200D\xFEFF"},
        {"noncharacters U+FFFE U+FFFF", u"\xFFFE\xFFFF"},
        {"BMP private use U+E000 U+F8FF", u"\xE000\xF8FF"},
        {"plane 1: U+1F600 U+10000", u"\xD83D\xDE00\xD800\xDC00"},
        {"plane 2: U+20000 U+2FFFD", u"\xD840\xDC00\xD87F\xDFFD"},
        {"plane 3: U+30000", u"\xD880\xDC00"},
        {"plane 14: U+E0041 tag", u"\xDB40\xDC41"},
        {"planes 15 and 16: U+F0000 U+10FFFF", u"\xDB80\xDC00\xDBFF\xDFFF"},
    };
}

// Where the corpora travel with the harness: <bin>/../share/rtkconf/names
// beside the peer, in a build tree as in an installed one; the source
// tree's path is never compiled in.
std::filesystem::path fixtures_dir() {
    if (const char *env = std::getenv("RTKCONF_NAME_FIXTURES"); env && *env) return env;
    const std::filesystem::path bin = run_context().peer_path.parent_path();
    return (bin / ".." / "share" / "rtkconf" / "names").lexically_normal();
}

bool usable(const std::u16string &units) {
    return !units.empty() && units.find(u'\\') == std::u16string::npos;
}

bool is_high(char16_t u) {
    return u >= 0xD800 && u <= 0xDBFF;
}
bool is_low(char16_t u) {
    return u >= 0xDC00 && u <= 0xDFFF;
}

std::optional<CorpusUse> use_of(const std::string &expect) {
    if (expect == "accept") return CorpusUse::fragment;
    if (expect == "accept-whole") return CorpusUse::accept_whole;
    if (expect == "refuse-whole") return CorpusUse::refuse_whole;
    return std::nullopt;
}

std::u16string units_of(const nlohmann::json &array) {
    std::u16string units;
    for (const auto &unit : array)
        if (unit.is_number_unsigned() && unit.get<uint64_t>() <= 0xFFFF)
            units += static_cast<char16_t>(unit.get<uint64_t>());
    return units;
}

std::optional<nlohmann::json> parse(const std::filesystem::path &file) {
    std::ifstream in(file, std::ios::binary);
    nlohmann::json doc = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded() || !doc.is_array()) return std::nullopt;
    return doc;
}

std::vector<std::filesystem::path> corpus_files() {
    std::vector<std::filesystem::path> files;
    const std::filesystem::path dir = fixtures_dir();
    std::error_code ec;
    if (dir.empty() || !std::filesystem::is_directory(dir, ec)) return files;
    for (const auto &entry : std::filesystem::directory_iterator(dir, ec))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

// One file: a JSON array of {"label", "units", optional "expect"}.
void read_file(const std::filesystem::path &file, std::vector<CorpusName> &out) {
    const std::string origin = file.filename().string();
    const std::optional<nlohmann::json> parsed = parse(file);
    if (!parsed) {
        out.push_back({origin + ": not a JSON array of names", {}});
        return;
    }
    const nlohmann::json &doc = *parsed;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        const nlohmann::json &entry = doc[i];
        if (!entry.is_object() || !entry.contains("units") || !entry["units"].is_array()) continue;
        const std::optional<CorpusUse> use = use_of(entry.value("expect", std::string("accept")));
        if (!use) continue;
        const std::u16string units = units_of(entry["units"]);
        if (!usable(units)) continue;
        const std::string label = entry.value("label", "entry " + std::to_string(i));
        out.push_back({origin + ": " + label, units, *use});
    }
}

}  // namespace

bool plain_characters(const std::u16string &units) {
    for (std::size_t i = 0; i < units.size(); ++i) {
        if (units[i] == 0) return false;
        if (is_high(units[i])) {
            if (i + 1 == units.size() || !is_low(units[i + 1])) return false;
            ++i;
        } else if (is_low(units[i])) {
            return false;
        }
    }
    return true;
}

std::u16string unique_whole_name(const CorpusName &entry, std::string_view tag) {
    std::u16string prefix = unique_name(tag);
    if (prefix.size() % 2 != 0) prefix += u'.';
    if (prefix.size() >= entry.units.size()) return {};
    std::u16string name = prefix + entry.units.substr(prefix.size());
    return name;
}

std::vector<CorpusName> name_corpus() {
    std::vector<CorpusName> corpus = built_in();
    for (const auto &file : corpus_files()) read_file(file, corpus);
    return corpus;
}

std::vector<NamePairEntry> distinct_pairs() {
    std::vector<NamePairEntry> pairs;
    for (const auto &file : corpus_files()) {
        const std::string origin = file.filename().string();
        const std::optional<nlohmann::json> doc = parse(file);
        if (!doc) {
            pairs.push_back({origin + ": not a JSON array of names", {}, {}});
            continue;
        }
        for (std::size_t i = 0; i < doc->size(); ++i) {
            const nlohmann::json &entry = (*doc)[i];
            if (!entry.is_object() || entry.value("expect", std::string()) != "distinct") continue;
            const std::string label =
                origin + ": " + entry.value("label", "entry " + std::to_string(i));
            if (!entry.contains("first") || !entry["first"].is_array() ||
                !entry.contains("second") || !entry["second"].is_array()) {
                pairs.push_back({label + ": no \"first\" and \"second\" arrays", {}, {}});
                continue;
            }
            std::u16string first = units_of(entry["first"]), second = units_of(entry["second"]);
            if (!usable(first) || !usable(second)) first.clear();
            pairs.push_back({label, first, second});
        }
    }
    return pairs;
}

}  // namespace rtkconf::plugin::names
