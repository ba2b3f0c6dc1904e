// SHM-LIFE-001, 006: the object lives exactly as long as its handles,
// whichever process closes last, views unmapped first or not (rules in
// lifetime_rules.cpp).
#include <string>
#include <vector>

#include "lifetime_helpers.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;
using namespace rtkconf::plugin::lifetime;

// Holder 0 creates, the others open; each row closes in the order given.
struct CloseOrder {
    std::vector<int> order;
};

const CloseOrder kOrders[] = {
    {{0, 1}},    {{1, 0}},                               // two processes
    {{0, 1, 2}}, {{0, 2, 1}}, {{1, 0, 2}}, {{1, 2, 0}},  // three: every permutation
    {{2, 0, 1}}, {{2, 1, 0}},
};

std::string order_text(const CloseOrder &row) {
    std::string text;
    for (int holder : row.order) text += (text.empty() ? "" : ",") + std::to_string(holder);
    return "close order " + text + " (0 = creator)";
}

// Holders 0..2 take the object (0 creates), then let go in `row`'s
// order; before each close the object must still open, after the last it
// must not. `unmap_first`: each holder unmaps its view before closing, as
// the pages describe; otherwise it closes with the view still mapped (D5).
void expect_last_close_destroys(bool unmap_first) {
    PeerGroup group;
    std::vector<Peer *> holders;
    for (int i = 0; i < 3; ++i) holders.push_back(&group.spawn_attached());
    Peer &probe = group.spawn_attached();
    for (std::size_t r = 0; r < std::size(kOrders); ++r) {
        const std::vector<int> &order = kOrders[r].order;
        const std::string row = "row " + std::to_string(r) + " (" + order_text(kOrders[r]) + ")";
        const std::u16string name = unique_name("last-close");
        ASSERT_TRUE(Succeeded(holders[0]->run(steps::create_shm("h", name, kSize)))) << row;
        for (std::size_t k = 1; k < order.size(); ++k)
            ASSERT_TRUE(Succeeded(holders[k]->run(steps::open_shm("h", name))))
                << row << ": holder " << k << " opens";
        for (std::size_t step = 0; step < order.size(); ++step) {
            const int closer = order[step];
            EXPECT_TRUE(Succeeded(probe_open(probe, name)))
                << row << ": before close " << step << " (holder " << closer
                << ") the object must still open";
            if (unmap_first) {
                EXPECT_TRUE(Succeeded(holders[closer]->run(steps::unmap("h"))))
                    << row << ": holder " << closer << " unmaps";
            }
            EXPECT_TRUE(Succeeded(holders[closer]->run(steps::close("h"))))
                << row << ": holder " << closer << " closes";
        }
        EXPECT_TRUE(Failed(probe_open(probe, name)))
            << row << ": after the last close the object must be gone";
    }
}

TEST(SHM_LIFE_001, LastCloseDestroysInEveryOrder) {
    expect_last_close_destroys(true);
}

TEST(SHM_LIFE_006, LastCloseWithViewsMappedDestroysInEveryOrder) {
    expect_last_close_destroys(false);
}

}  // namespace
