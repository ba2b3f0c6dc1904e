// SHM-NAME-001..005: the 260-code-unit limit, with surrogate pairs at the
// boundary (rules in names_rules.cpp).
#include <cstddef>
#include <string>

#include "name_helpers.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;
using namespace rtkconf::plugin::names;

const std::u16string kPair = u"\xD83D\xDE00";  // U+1F600, one character, two units

// Over the limit by one, by a little, by a lot, and the largest Length a
// UNICODE_STRING can carry.
const std::size_t kTooLong[] = {261, 262, 1000, 32767};

TEST(SHM_NAME_001, Name260UnitsIsAccepted) {
    PeerGroup group;
    Peer &creator = group.spawn_attached();
    Peer &opener = group.spawn_attached();
    const std::u16string name = name_of_length("len260", 260);
    ASSERT_EQ(name.size(), 260u);
    expect_same_memory(creator, opener, name_arg(name), "260 units", 1);
}

StepResult create_too_long(Peer &peer, std::size_t units, std::u16string &name) {
    name = name_of_length("long", units);
    return peer.run(steps::create_shm("a", name_arg(name)));
}

TEST(SHM_NAME_002, NameOver260UnitsIsRefused) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    Peer &observer = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kTooLong); ++i) {
        const std::string row = row_label(i, std::to_string(kTooLong[i]) + " units");
        std::u16string name;
        const StepResult r = create_too_long(peer, kTooLong[i], name);
        EXPECT_TRUE(Failed(r)) << row;
        EXPECT_EQ(r.handle, 0u) << row << ": a handle was written";
        // The first 260 units are the name an implementation that
        // truncates would have created.
        expect_no_object(observer, name, row);
        expect_no_object(observer, name.substr(0, 260), row + " (truncated to 260)");
    }
}

TEST(SHM_NAME_003, NameOver260UnitsReturnsNameTooLong) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kTooLong); ++i) {
        std::u16string name;
        EXPECT_TRUE(ReturnedExactly(create_too_long(peer, kTooLong[i], name), STATUS_NAME_TOO_LONG))
            << row_label(i, std::to_string(kTooLong[i]) + " units");
    }
}

TEST(SHM_NAME_004, Name258UnitsAndAPairIsAccepted) {
    PeerGroup group;
    Peer &creator = group.spawn_attached();
    Peer &opener = group.spawn_attached();
    const std::u16string name = name_of_length("pair260", 260, kPair);
    ASSERT_EQ(name.size(), 260u);
    expect_same_memory(creator, opener, name_arg(name), "258 units + U+1F600", 2);
}

// 260 characters counted as code points, 261 as code units: D2 counts
// units (a SHOULD rule). The status is observed too.
TEST(SHM_NAME_005, Name259UnitsAndAPairIsRefused) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    Peer &observer = group.spawn_attached();
    const std::u16string name = name_of_length("pair261", 261, kPair);
    ASSERT_EQ(name.size(), 261u);
    const StepResult r = peer.run(steps::create_shm("a", name_arg(name)));
    ASSERT_TRUE(r.called) << r.detail;
    observe("259 units + a surrogate pair (261 units, 260 code points): " + status_text(r.status));
    EXPECT_TRUE(Failed(r)) << "261 code units";
    expect_no_object(observer, name, "261 code units");
}

}  // namespace
