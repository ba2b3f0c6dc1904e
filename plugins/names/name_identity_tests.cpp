// SHM-NAME-009, 012, 014: when two names are the same object: exact code
// units, no case folding, NULs and lone surrogates included (rules in
// names_rules.cpp).
#include <string>

#include "name_helpers.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;
using namespace rtkconf::plugin::names;

struct NamePair {
    const char *label;
    std::u16string first, second;  // appended to one shared unique base
};

// Pairs an implementation that folds case (ASCII or Unicode) would merge.
const NamePair kCasePairs[] = {
    {"Abc / abc", u"Abc", u"abc"},
    {"ABC / abc", u"ABC", u"abc"},
    {"U+00C4 / U+00E4", u"\x00C4", u"\x00E4"},
    {"U+03A3 / U+03C3", u"\x03A3", u"\x03C3"},
    {"K / U+212A KELVIN SIGN", u"K", u"\x212A"},
};

TEST(SHM_NAME_009, NamesDifferingInCaseAreDifferentObjects) {
    PeerGroup group;
    Peer &first = group.spawn_attached();
    Peer &second = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kCasePairs); ++i) {
        const std::string row = row_label(i, kCasePairs[i].label);
        const std::u16string base = unique_name("case");
        const std::u16string name_a = base + kCasePairs[i].first;
        const std::u16string name_b = base + kCasePairs[i].second;
        // While only the first exists, the other case must not open it.
        ASSERT_TRUE(Succeeded(first.run(steps::create_shm("x", name_arg(name_a))))) << row;
        EXPECT_TRUE(Failed(second.run(steps::open_shm("y", name_arg(name_b)))))
            << row << ": the other case opened the first object";
        EXPECT_TRUE(Succeeded(first.run(steps::close("x")))) << row;
        expect_different_memory(first, second, name_arg(name_a), name_arg(name_b), row,
                                20 + 2 * static_cast<uint32_t>(i));
    }
}

const NamePair kNulPairs[] = {
    {"\"ab\\0\" then \"ab\"", std::u16string(u"ab\0", 3), u"ab"},
    {"\"ab\" then \"ab\\0\"", u"ab", std::u16string(u"ab\0", 3)},
    {"\"a\\0b\" then \"a\"", std::u16string(u"a\0b", 3), u"a"},
    {"\"a\\0b\" then \"a\\0c\"", std::u16string(u"a\0b", 3), std::u16string(u"a\0c", 3)},
};

// D2: a NUL is an ordinary unit; a refusal fails this SHOULD rule.
TEST(SHM_NAME_012, EmbeddedNulIsPartOfTheName) {
    PeerGroup group;
    Peer &first = group.spawn_attached();
    Peer &second = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kNulPairs); ++i) {
        const std::string row = row_label(i, kNulPairs[i].label);
        const std::u16string base = unique_name("nul");
        const std::u16string name_a = base + kNulPairs[i].first;
        const std::u16string name_b = base + kNulPairs[i].second;
        expect_different_memory(first, second, name_arg(name_a), name_arg(name_b), row,
                                40 + 2 * static_cast<uint32_t>(i));
    }
}

struct LoneSurrogateRow {
    const char *label;
    std::u16string units;        // appended to the unique base
    std::u16string replacement;  // what a decoding implementation might make of it
};

const LoneSurrogateRow kLoneSurrogates[] = {
    {"lone high U+D800 at the end", u"\xD800", u"\xFFFD"},
    {"lone low U+DC00 at the end", u"\xDC00", u"\xFFFD"},
    {"lone high U+DBFF in the middle", u"\xDBFFmid", u"\xFFFDmid"},
    {"reversed pair U+DC00 U+D800", u"\xDC00\xD800", u"\xFFFD\xFFFD"},
    {"U+D800 vs U+DBFF", u"\xD800", u"\xDBFF"},
};

TEST(SHM_NAME_014, UnpairedSurrogatesAreOrdinaryCodeUnits) {
    PeerGroup group;
    Peer &first = group.spawn_attached();
    Peer &second = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kLoneSurrogates); ++i) {
        const LoneSurrogateRow &r = kLoneSurrogates[i];
        const std::string row = row_label(i, r.label);
        const std::u16string base = unique_name("lone");
        const std::u16string name = base + r.units, other = base + r.replacement;
        const uint32_t seed = 60 + 4 * static_cast<uint32_t>(i);
        if (!expect_same_memory(first, second, name_arg(name), row, seed)) continue;
        expect_different_memory(first, second, name_arg(name), name_arg(other),
                                row + ", against its replacement", seed + 2);
    }
}

}  // namespace
