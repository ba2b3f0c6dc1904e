// Tests of the `crossflavour` family (rules in crossflavour_rules.cpp).
// Each takes two roles of different flavours (the first such pair of the
// run's roles) and runs its case both ways: A creates and B uses, then B
// creates and A uses.
#include <cstdint>
#include <string>
#include <utility>

#include "rtkconf/plugin/support.h"
#include "rtkconf/step_json.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;

constexpr uint32_t kPage = 4096;

// The role indices of two different flavours, first `maker` then `user`,
// and how a row names that direction.
struct Direction {
    std::size_t maker, user;
    std::string label;
};

std::vector<Direction> directions(const RunContext &context) {
    const auto &roles = context.roles;
    for (std::size_t other = 1; other < roles.size(); ++other) {
        if (roles[other].flavour == roles[0].flavour) continue;
        const auto name = [&](std::size_t i) {
            return roles[i].name + " (" + flavour_name(roles[i].flavour) + ")";
        };
        return {{0, other, "made by " + name(0) + ", used by " + name(other)},
                {other, 0, "made by " + name(other) + ", used by " + name(0)}};
    }
    return {};
}

// Unmaps and closes `var` in `peer`, as a process done with it does.
void release(Peer &peer, const std::string &var, const std::string &row) {
    EXPECT_TRUE(Succeeded(peer.run(steps::unmap(var)))) << row << ": unmap " << var;
    EXPECT_TRUE(Succeeded(peer.run(steps::close(var)))) << row << ": close " << var;
}

// Opens `name` from a fresh peer of `role` and, when that works, lets go
// at once: the probe never keeps the object alive.
StepResult probe(PeerGroup &group, std::size_t role, const std::u16string &name) {
    Peer &peer = group.spawn_attached_in(role);
    const StepResult r = peer.run(steps::open_shm("probe", name));
    if (Succeeded(r)) {
        peer.run(steps::unmap("probe"));
        peer.run(steps::close("probe"));
    }
    return r;
}

Step create_kind(ObjectKind kind, const std::string &var, const std::u16string &name) {
    Step s = steps::create_shm(var, name, kPage);
    s.kind = kind;
    return s;
}

TEST(SHM_XFLAV_001, CreatedThroughOneFlavourIsUsedThroughTheOther) {
    RTKCONF_TWO_FLAVOURS();
    PeerGroup group;
    const auto ways = directions(group.context());
    for (std::size_t i = 0; i < ways.size(); ++i) {
        const std::string row = "row " + std::to_string(i) + " (" + ways[i].label + ")";
        const uint32_t seed = 100 + 2 * static_cast<uint32_t>(i);
        Peer &maker = group.spawn_attached_in(ways[i].maker);
        Peer &user = group.spawn_attached_in(ways[i].user);
        const std::u16string name = unique_name("shared");
        ASSERT_TRUE(Succeeded(maker.run(steps::create_shm("m", name, 2 * kPage)))) << row;
        ASSERT_TRUE(StepOk(maker.run(steps::write("m", 0, kPage, seed)))) << row;
        ASSERT_TRUE(Succeeded(user.run(steps::open_shm("u", name)))) << row;
        EXPECT_TRUE(StepOk(user.run(steps::check("u", 0, kPage, seed))))
            << row << ": the user does not see the maker's write";
        EXPECT_TRUE(StepOk(user.run(steps::write("u", kPage, kPage, seed + 1)))) << row;
        EXPECT_TRUE(StepOk(maker.run(steps::check("m", kPage, kPage, seed + 1))))
            << row << ": the maker does not see the user's write";
        release(user, "u", row);
        release(maker, "m", row);
        EXPECT_TRUE(Failed(probe(group, ways[i].user, name)))
            << row << ": the object outlived both closes";
    }
}

TEST(SHM_XFLAV_002, KindsCollideAcrossFlavours) {
    RTKCONF_TWO_FLAVOURS();
    PeerGroup group;
    const auto ways = directions(group.context());
    const ObjectKind kinds[] = {ObjectKind::mutex, ObjectKind::event, ObjectKind::semaphore};
    std::size_t index = 0;
    for (const Direction &way : ways) {
        Peer &holder = group.spawn_attached_in(way.maker);
        Peer &caller = group.spawn_attached_in(way.user);
        for (ObjectKind kind : kinds) {
            const std::string row =
                "row " + std::to_string(index++) + " (" + way.label + ", " + kind_name(kind) + ")";
            const std::u16string held = unique_name("held");
            ASSERT_TRUE(Succeeded(holder.run(create_kind(kind, "k", held)))) << row;
            EXPECT_TRUE(Failed(caller.run(steps::create_shm("s", held, kPage))))
                << row << ": shared memory created on the other flavour's " << kind_name(kind);
            EXPECT_TRUE(Failed(caller.run(steps::open_shm("s", held))))
                << row << ": shared memory opened on the other flavour's " << kind_name(kind);
            const std::u16string memory = unique_name("memory");
            ASSERT_TRUE(Succeeded(holder.run(steps::create_shm("m", memory, kPage)))) << row;
            EXPECT_TRUE(Failed(caller.run(create_kind(kind, "x", memory))))
                << row << ": a " << kind_name(kind) << " created on the other flavour's memory";
            EXPECT_TRUE(Succeeded(holder.run(steps::close("k")))) << row;
            release(holder, "m", row);
        }
    }
}

TEST(SHM_XFLAV_003, LastCloseOnEitherSideDestroys) {
    RTKCONF_TWO_FLAVOURS();
    PeerGroup group;
    const auto ways = directions(group.context());
    std::size_t index = 0;
    for (const Direction &way : ways) {
        for (const bool maker_first : {true, false}) {
            const std::string row = "row " + std::to_string(index++) + " (" + way.label + ", " +
                                    (maker_first ? "maker" : "user") + " closes first)";
            const uint32_t seed = 300 + static_cast<uint32_t>(index);
            Peer &maker = group.spawn_attached_in(way.maker);
            Peer &user = group.spawn_attached_in(way.user);
            const std::u16string name = unique_name("last-close");
            ASSERT_TRUE(Succeeded(maker.run(steps::create_shm("m", name, kPage)))) << row;
            ASSERT_TRUE(StepOk(maker.run(steps::write("m", 0, kPage, seed)))) << row;
            ASSERT_TRUE(Succeeded(user.run(steps::open_shm("u", name)))) << row;
            Peer &first = maker_first ? maker : user;
            Peer &second = maker_first ? user : maker;
            const std::string first_var = maker_first ? "m" : "u";
            const std::string second_var = maker_first ? "u" : "m";
            release(first, first_var, row);
            EXPECT_TRUE(StepOk(second.run(steps::check(second_var, 0, kPage, seed))))
                << row << ": the first close changed the object";
            for (std::size_t role : {way.maker, way.user})
                EXPECT_TRUE(Succeeded(probe(group, role, name)))
                    << row << ": gone after the first close (probe in role " << role << ")";
            release(second, second_var, row);
            for (std::size_t role : {way.maker, way.user})
                EXPECT_TRUE(Failed(probe(group, role, name)))
                    << row << ": alive after the last close (probe in role " << role << ")";
        }
    }
}

TEST(SHM_XFLAV_004, CreateOnTheOtherFlavoursNameMapsThatObject) {
    RTKCONF_TWO_FLAVOURS();
    PeerGroup group;
    const auto ways = directions(group.context());
    for (std::size_t i = 0; i < ways.size(); ++i) {
        const std::string row = "row " + std::to_string(i) + " (" + ways[i].label + ")";
        const uint32_t seed = 500 + static_cast<uint32_t>(i);
        Peer &maker = group.spawn_attached_in(ways[i].maker);
        Peer &user = group.spawn_attached_in(ways[i].user);
        const std::u16string name = unique_name("create-again");
        ASSERT_TRUE(Succeeded(maker.run(steps::create_shm("m", name, 2 * kPage)))) << row;
        ASSERT_TRUE(StepOk(maker.run(steps::write("m", 0, 2 * kPage, seed)))) << row;
        const StepResult again = user.run(steps::create_shm("u", name, kPage));
        EXPECT_TRUE(Succeeded(again)) << row << ": the second create did not map the object";
        if (!Succeeded(again)) continue;
        EXPECT_TRUE(StepOk(user.run(steps::check("u", 0, 2 * kPage, seed))))
            << row << ": not the maker's object, or not its whole size";
        release(user, "u", row);
        release(maker, "m", row);
    }
}

}  // namespace
