// SHM-NS-014, 015: an open of any kind on a name another kind holds
// (shared memory on a mutex's name is SHM-NS-007 and 010; rules in
// namespace_rules.cpp).
#include <string>

#include "kind_pairs.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;
using namespace rtkconf::plugin::ns;

bool not_in_ns_007(const KindPair &p) {
    return !(p.holder == ObjectKind::mutex && p.caller == ObjectKind::shared_memory);
}

template <typename Check>
void open_on_held_names(Check check) {
    PeerGroup group;
    Peer &holder = group.spawn_attached();
    Peer &other = group.spawn_attached();
    const auto pairs = kind_pairs(not_in_ns_007);
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        const std::string row = pair_row(i, pairs[i]);
        const std::u16string name = unique_name("ns-open-pair");
        ASSERT_TRUE(Succeeded(holder.run(steps::create_kind(pairs[i].holder, "h", name))))
            << row << ": the holder's create";
        check(other.run(steps::open_kind(pairs[i].caller, "k", name)), row);
        EXPECT_TRUE(Succeeded(holder.run(steps::close("h")))) << row << ": the holder's close";
    }
}

TEST(SHM_NS_014, OpenOnAnotherKindsNameFails) {
    open_on_held_names([](const StepResult &r, const std::string &row) {
        EXPECT_TRUE(Failed(r)) << row << ": the open succeeded";
        EXPECT_EQ(r.handle, 0u) << row << ": a handle was written";
        EXPECT_EQ(r.location, 0u) << row << ": a Location was written";
    });
}

TEST(SHM_NS_015, OpenOnAnotherKindsNameReturnsInvalidHandle) {
    open_on_held_names([](const StepResult &r, const std::string &row) {
        EXPECT_TRUE(ReturnedExactly(r, STATUS_INVALID_HANDLE)) << row;
    });
}

}  // namespace
