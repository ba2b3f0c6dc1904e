// SHM-SIZE-012: a create that makes a new object returns exactly
// STATUS_SUCCESS, not just any success value (rules in size_rules.cpp).
#include <cstdint>
#include <string>

#include "rtkconf/plugin/support.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;

using steps::kPage;

struct NewObjectRow {
    const char *label;
    bool named;
    uint32_t size;
    bool second_process;  // made by a process other than the first one
};

const NewObjectRow kNewObjects[] = {
    {"named, one page", true, kPage, false},
    {"named, three pages, another process", true, 3 * kPage, true},
    {"unnamed (NULL name)", false, kPage, false},
    {"unnamed, another process", false, kPage, true},
};

TEST(SHM_SIZE_012, NewObjectReturnsStatusSuccess) {
    PeerGroup group;
    Peer &first = group.spawn_attached();
    Peer &second = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kNewObjects); ++i) {
        const NewObjectRow &row = kNewObjects[i];
        Peer &peer = row.second_process ? second : first;
        const Step create = row.named ? steps::create_shm("n", unique_name("new-status"), row.size)
                                      : steps::create_unnamed_shm("n", row.size);
        const StepResult r = peer.run(create);
        EXPECT_TRUE(ReturnedExactly(r, STATUS_SUCCESS)) << row_label(i, row.label);
        if (Succeeded(r)) {
            EXPECT_TRUE(Succeeded(peer.run(steps::close("n")))) << row_label(i, row.label);
        }
    }
}

// A name whose object was destroyed names nothing: creating it again
// makes a new object, so the same exact status is due.
TEST(SHM_SIZE_012, RecreatedNameReturnsStatusSuccess) {
    PeerGroup group;
    Peer &first = group.spawn_attached();
    Peer &second = group.spawn_attached();
    const std::u16string name = unique_name("new-status-again");
    ASSERT_TRUE(Succeeded(first.run(steps::create_shm("a", name, kPage))));
    ASSERT_TRUE(Succeeded(first.run(steps::unmap("a"))));
    ASSERT_TRUE(Succeeded(first.run(steps::close("a"))));
    const StepResult again = second.run(steps::create_shm("b", name, kPage));
    EXPECT_TRUE(ReturnedExactly(again, STATUS_SUCCESS)) << "create after the last close";
    if (Succeeded(again)) {
        EXPECT_TRUE(Succeeded(second.run(steps::close("b"))));
    }
}

}  // namespace
