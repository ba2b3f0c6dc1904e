// SHM-NAME-015, 016: names that a lossy
// implementation would merge (by substituting, trimming, folding, cutting
// or narrowing them) must stay two objects (rules in names_rules.cpp;
// more pairs in fixtures/names, read by name_corpus.cpp).
#include <string>
#include <vector>

#include "name_corpus.h"
#include "name_helpers.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;
using namespace rtkconf::plugin::names;

struct SuffixPair {
    const char *label;
    std::u16string first, second;  // appended to one shared unique base
};

// What ports have been seen to do to a name: substitute the characters
// their own namespace reserves, normalise white space, narrow the units.
const SuffixPair kSuffixPairs[] = {
    {"space / underscore", u"a b", u"a_b"},
    {"slash / underscore", u"a/b", u"a_b"},
    {"slash / hyphen", u"a/b", u"a-b"},
    {"slash / dot", u"a/b", u"a.b"},
    {"slash / \"%2F\"", u"a/b", u"a%2Fb"},
    {"two slashes / one", u"a//b", u"a/b"},
    {"trailing slash / none", u"a/", u"a"},
    {"tab / space", u"a\tb", u"a b"},
    {"trailing space / none", u"a ", u"a"},
    {"U+1F600 / U+1F601: the low surrogates differ", u"\xD83D\xDE00", u"\xD83D\xDE01"},
    {"U+1F600 / U+10600: the high surrogates differ", u"\xD83D\xDE00", u"\xD801\xDE00"},
    {"U+4E00 / U+4E01: both '?' in an ANSI code page", u"\x4E00", u"\x4E01"},
    {"U+0141 / 'A': a unit cut to its low byte", u"\x0141", u"A"},
};

struct LongPair {
    const char *label;
    std::size_t units;     // the whole name's length
    std::size_t differs;   // the one unit (from 0) where the two names differ
    std::u16string tail;   // the last units of the first name
    std::u16string other;  // what the second name has there instead
};

// 259 units are within "260 characters" whether or not the limit counts a
// terminating NUL; a port cutting names into a fixed buffer merges the
// names that differ only past its size.
const LongPair kLongPairs[] = {
    {"259 units, the last unit differs", 259, 258, u"a", u"b"},
    {"259 units, unit 200 differs", 259, 200, u"", u""},
    {"259 units, unit 128 differs", 259, 128, u"", u""},
    {"259 units, unit 64 differs", 259, 64, u"", u""},
};

// 260 units are accepted by D2 only (MAX_PATH counts a NUL).
const LongPair kLimitPairs[] = {
    {"260 units, the last unit differs", 260, 259, u"a", u"b"},
    {"258 units + U+1F600 / + U+1F601, the last unit differs", 260, 259, u"\xD83D\xDE00",
     u"\xD83D\xDE01"},
};

// The first name of a long pair, and the second: the same with unit
// `differs` changed. Empty when the run's prefix reaches that unit.
std::pair<std::u16string, std::u16string> long_names(const LongPair &pair) {
    std::u16string first = name_of_length("long-pair", pair.units, pair.tail);
    const std::size_t tail_at = pair.units - pair.tail.size();
    std::u16string second = first;
    if (!pair.other.empty()) {
        second.replace(tail_at, pair.other.size(), pair.other);
    } else {
        if (pair.differs >= tail_at || first[pair.differs] != u'x') return {};
        second[pair.differs] = u'y';
    }
    return {first, second};
}

// The pairs check that names stay distinct, not how long a name may be:
// when the implementation refuses names that long the rows are skipped,
// saying so, and the refusal is SHM-NAME-001's (a SHOULD: whether the
// limit counts a NUL is D2's), not a failure of the rule at hand.
void expect_long_pairs_distinct(const LongPair *pairs, std::size_t count, uint32_t first_seed) {
    PeerGroup group;
    Peer &first = group.spawn_attached();
    Peer &second = group.spawn_attached();
    if (const auto refused = refusal_of_length(first, pairs[0].units)) {
        GTEST_SKIP() << *refused << ": these pairs need names that long; whether " << pairs[0].units
                     << " units must be accepted is SHM-NAME-001's question";
    }
    for (std::size_t i = 0; i < count; ++i) {
        const std::string row = row_label(i, pairs[i].label);
        const auto [a, b] = long_names(pairs[i]);
        ASSERT_FALSE(a.empty()) << row << ": the run's name prefix is longer than "
                                << pairs[i].differs << " units";
        ASSERT_EQ(a.size(), pairs[i].units) << row;
        expect_distinct_objects(first, second, name_arg(a), name_arg(b), row,
                                first_seed + 2 * static_cast<uint32_t>(i));
    }
}

TEST(SHM_NAME_015, NamesALossyPortWouldMergeAreDistinct) {
    PeerGroup group;
    Peer &first = group.spawn_attached();
    Peer &second = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kSuffixPairs); ++i) {
        const std::string row = row_label(i, kSuffixPairs[i].label);
        const std::u16string base = unique_name("pair");
        expect_distinct_objects(first, second, name_arg(base + kSuffixPairs[i].first),
                                name_arg(base + kSuffixPairs[i].second), row,
                                3000 + 2 * static_cast<uint32_t>(i));
    }
}

TEST(SHM_NAME_015, LongNamesDifferingInOneUnitAreDistinct) {
    expect_long_pairs_distinct(kLongPairs, std::size(kLongPairs), 3100);
}

// Pairs from the corpora in fixtures/names (the seed page's characters
// only; NUL and lone surrogates are D2's, SHM-NAME-012 and 014).
TEST(SHM_NAME_015, CorpusPairsAreDistinct) {
    const std::vector<NamePairEntry> pairs = distinct_pairs();
    PeerGroup group;
    Peer &first = group.spawn_attached();
    Peer &second = group.spawn_attached();
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        const std::string row = row_label(i, pairs[i].label);
        EXPECT_FALSE(pairs[i].first.empty() || pairs[i].first == pairs[i].second)
            << row << ": unusable corpus pair";
        if (pairs[i].first.empty() || pairs[i].first == pairs[i].second) continue;
        if (!plain_characters(pairs[i].first) || !plain_characters(pairs[i].second)) continue;
        const std::u16string base = unique_name("corpus-pair");
        expect_distinct_objects(first, second, name_arg(base + pairs[i].first),
                                name_arg(base + pairs[i].second), row,
                                3200 + 2 * static_cast<uint32_t>(i));
    }
}

TEST(SHM_NAME_016, NamesOf260UnitsDifferingInTheLastAreDistinct) {
    expect_long_pairs_distinct(kLimitPairs, std::size(kLimitPairs), 3400);
}

// A port that stores names NUL-terminated in a 260-unit buffer keeps 259
// units: a 260th unit that is NUL must still count (D2: 260 units, and a
// NUL is an ordinary unit).
TEST(SHM_NAME_016, TrailingNulAsUnit260IsPartOfTheName) {
    PeerGroup group;
    Peer &first = group.spawn_attached();
    Peer &second = group.spawn_attached();
    if (const auto refused = refusal_of_length(first, 260)) {
        GTEST_SKIP() << *refused << ": this pair needs a 260-unit name; whether 260 units must "
                     << "be accepted is SHM-NAME-001's question";
    }
    const std::u16string name = name_of_length("nul260", 259);
    expect_distinct_objects(first, second, name_arg(name + std::u16string(1, u'\0')),
                            name_arg(name), "259 units + NUL / 259 units", 3500);
}

}  // namespace
