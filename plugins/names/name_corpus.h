// The names SHM-NAME-013 tries: characters from every plane, control
// characters, punctuation. Built in, plus the corpora in fixtures/names/
// when present, so a corpus can grow without rebuilding the plugin.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rtkconf::plugin::names {

enum class CorpusUse {
    fragment,      // "accept": appended to a unique base name
    accept_whole,  // "accept-whole": the whole name, within the limit
    refuse_whole,  // "refuse-whole": the whole name, over the limit in code units
};

struct CorpusName {
    std::string label;  // where it came from and what it exercises
    std::u16string units;
    CorpusUse use = CorpusUse::fragment;
};

// The built-in fragments, then every usable entry of every *.json file in
// the fixtures directory ($RTKCONF_NAME_FIXTURES, else the build's or the
// installation's copy of fixtures/names, <bin>/../share/rtkconf/names). A
// file that cannot be read or parsed adds one entry
// whose label says why and whose units are empty: the test reports it.
std::vector<CorpusName> name_corpus();

// A pair of name fragments that must name two objects (entries of the
// corpora with "first" and "second" instead of "units", "expect":
// "distinct"). A pair a file could not give has empty units and a label
// saying why.
struct NamePairEntry {
    std::string label;
    std::u16string first, second;
};

// Every "distinct" pair of every *.json file of the fixtures directory.
std::vector<NamePairEntry> distinct_pairs();

// Only the seed page's reading: no NUL, no unpaired surrogate (those are
// CONFORMANCE.md D2's decisions, tested as SHOULD rules).
bool plain_characters(const std::u16string &units);

// A whole-name entry made unique to this run: its first units are
// replaced by unique_name(tag) (padded to an even count, so no surrogate
// pair is split), keeping its length and its tail. Empty when the entry is
// too short to carry the prefix. Recorded for the leak probe.
std::u16string unique_whole_name(const CorpusName &entry, std::string_view tag);

}  // namespace rtkconf::plugin::names
