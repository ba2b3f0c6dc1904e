// The corpus-driven tests: SHM-NAME-013 (any character but the backslash,
// from every plane), and the fixture rows of SHM-NAME-001, 005 and 014
// (rules in names_rules.cpp; names in name_corpus.cpp).
#include <string>
#include <thread>
#include <vector>

#include "name_corpus.h"
#include "name_helpers.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;
using namespace rtkconf::plugin::names;

constexpr std::size_t kPairs = 4;

// Fragments appended to a unique base; `plain` selects the seed page's
// characters (true) or the D2 code units, NUL and lone surrogates (false).
// The corpus is long and each row is a few round trips, so the rows are
// spread over kPairs creator/opener pairs working at the same time; each
// pair is driven by one thread only.
void expect_fragments_name_one_object(bool plain, uint32_t first_seed) {
    const std::vector<CorpusName> corpus = name_corpus();
    // A NUL-terminated name (rtapi) cannot hold a NUL: those rows are the
    // counted names' alone.
    const bool nul_expressible = every_role_in(kCountedNames);
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < corpus.size(); ++i) {
        const std::string row = row_label(i, corpus[i].label);
        EXPECT_FALSE(corpus[i].units.empty()) << row << ": unusable corpus entry";
        if (corpus[i].units.empty() || corpus[i].use != CorpusUse::fragment) continue;
        if (!nul_expressible && corpus[i].units.find(u'\0') != std::u16string::npos) continue;
        if (plain_characters(corpus[i].units) == plain) rows.push_back(i);
    }
    // Names are made here: unique_name records them from this thread.
    std::vector<std::u16string> names;
    for (std::size_t i : rows) names.push_back(unique_with_suffix("corpus", corpus[i].units));
    PeerGroup group;
    std::vector<Peer *> peers;
    for (std::size_t p = 0; p < 2 * kPairs; ++p) peers.push_back(&group.spawn_attached());
    std::vector<std::thread> workers;
    for (std::size_t pair = 0; pair < kPairs; ++pair) {
        workers.emplace_back(
            [&, pair] {
                for (std::size_t k = pair; k < rows.size(); k += kPairs) {
                    const std::size_t i = rows[k];
                    const std::string row = row_label(i, corpus[i].label);
                    if (names[k].size() > RTK_MAX_NAME_UNITS) {
                        ADD_FAILURE()
                            << row << ": " << names[k].size()
                            << " units with the run's prefix: over the limit, shorten the entry";
                        continue;
                    }
                    expect_same_memory(*peers[2 * pair], *peers[2 * pair + 1], name_arg(names[k]),
                                       row, first_seed + 2 * static_cast<uint32_t>(i));
                }
            });
    }
    for (std::thread &t : workers) t.join();
}

TEST(SHM_NAME_013, NamesFromEveryPlaneNameOneObject) {
    expect_fragments_name_one_object(true, 100);
}

TEST(SHM_NAME_014, CorpusNulAndLoneSurrogateNamesNameOneObject) {
    expect_fragments_name_one_object(false, 1100);
}

TEST(SHM_NAME_001, CorpusNamesWithinTheLimitAreAccepted) {
    const std::vector<CorpusName> corpus = name_corpus();
    PeerGroup group;
    Peer &creator = group.spawn_attached();
    Peer &opener = group.spawn_attached();
    for (std::size_t i = 0; i < corpus.size(); ++i) {
        if (corpus[i].use != CorpusUse::accept_whole) continue;
        const std::string row = row_label(i, corpus[i].label);
        const std::u16string name = unique_whole_name(corpus[i], "whole");
        if (name.empty() || !plain_characters(name)) continue;  // too short, or a D2 case
        ASSERT_LE(name.size(), RTK_MAX_NAME_UNITS)
            << row << ": an accept-whole entry over the limit";
        expect_same_memory(creator, opener, name_arg(name), row,
                           2100 + 2 * static_cast<uint32_t>(i));
    }
}

// Over the limit in code units, maybe not in code points (D2).
TEST(SHM_NAME_005, CorpusNamesOverTheLimitAreRefused) {
    const std::vector<CorpusName> corpus = name_corpus();
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    Peer &observer = group.spawn_attached();
    for (std::size_t i = 0; i < corpus.size(); ++i) {
        if (corpus[i].use != CorpusUse::refuse_whole) continue;
        const std::string row = row_label(i, corpus[i].label);
        const std::u16string name = unique_whole_name(corpus[i], "whole");
        if (name.empty()) continue;
        ASSERT_GT(name.size(), RTK_MAX_NAME_UNITS)
            << row << ": a refuse-whole entry within the limit";
        const StepResult r = peer.run(steps::create_shm("a", name_arg(name)));
        ASSERT_TRUE(r.called) << row << ": " << r.detail;
        EXPECT_TRUE(Failed(r)) << row;
        expect_no_object(observer, name, row);
    }
}

}  // namespace
