// Objects live exactly as long as some handle is open: destroyed at the
// last close in any order of closers, and at the death of the last holder.
#include <algorithm>
#include <array>

#include "namespace_fixture.h"

namespace rtkref_it {
namespace {

using namespace std::chrono_literals;

class LifetimeTest : public NamespaceTest {
  protected:
    // The probe closes what it opened at once, so it never holds the object.
    void expect_alive(rtkconf::Peer &probe, const std::u16string &object,
                      const std::string &context) {
        expect_status(probe, open_shm("probe", object), STATUS_SUCCESS,
                      context + ": open before last close");
        expect_status(probe, close("probe"), STATUS_SUCCESS, context);
    }
    void expect_gone(rtkconf::Peer &probe, const std::u16string &object,
                     const std::string &context) {
        expect_status(probe, open_shm("probe", object), STATUS_OBJECT_NAME_NOT_FOUND,
                      context + ": open after last close");
    }
};

TEST_F(LifetimeTest, CreatorClosingFirstKeepsTheObjectForTheOpener) {
    auto &creator = attached_peer("creator");
    auto &opener = attached_peer("opener");
    auto &probe = attached_peer("probe");
    expect_status(creator, create_shm("s", u"life"), STATUS_SUCCESS);
    expect_status(opener, open_shm("s", u"life"), STATUS_SUCCESS);
    expect_status(creator, close("s"), STATUS_SUCCESS);
    expect_alive(probe, u"life", "creator closed");
    expect_status(opener, close("s"), STATUS_SUCCESS);
    expect_gone(probe, u"life", "opener closed");
}

TEST_F(LifetimeTest, OpenerClosingFirstKeepsTheObjectForTheCreator) {
    auto &creator = attached_peer("creator");
    auto &opener = attached_peer("opener");
    auto &probe = attached_peer("probe");
    expect_status(creator, create_shm("s", u"life"), STATUS_SUCCESS);
    expect_status(opener, open_shm("s", u"life"), STATUS_SUCCESS);
    expect_status(opener, close("s"), STATUS_SUCCESS);
    expect_alive(probe, u"life", "opener closed");
    expect_status(creator, close("s"), STATUS_SUCCESS);
    expect_gone(probe, u"life", "creator closed");
}

TEST_F(LifetimeTest, ThreeHoldersInEveryCloseOrder) {
    std::array<rtkconf::Peer *, 3> holders{&attached_peer("P0"), &attached_peer("P1"),
                                           &attached_peer("P2")};
    auto &probe = attached_peer("probe");
    std::array<int, 3> order{0, 1, 2};
    int row = 0;
    do {
        const std::string context = "row " + std::to_string(row) + " (close order " +
                                    std::to_string(order[0]) + std::to_string(order[1]) +
                                    std::to_string(order[2]) + ")";
        const std::u16string object =
            u"three" + std::u16string(1, static_cast<char16_t>(u'a' + row));
        expect_status(*holders[0], create_shm("s", object), STATUS_SUCCESS, context);
        expect_status(*holders[1], open_shm("s", object), STATUS_SUCCESS, context);
        expect_status(*holders[2], create_shm("s", object), STATUS_SUCCESS, context);
        for (std::size_t i = 0; i < order.size(); ++i) {
            expect_status(*holders[order[i]], close("s"), STATUS_SUCCESS, context);
            if (i + 1 < order.size())
                expect_alive(probe, object, context);
            else
                expect_gone(probe, object, context);
        }
        ++row;
    } while (std::next_permutation(order.begin(), order.end()));
}

TEST_F(LifetimeTest, SigkillOfTheLastHolderDestroysTheObject) {
    auto &holder = attached_peer("holder");
    auto &probe = attached_peer("probe");
    expect_status(holder, create_shm("s", u"killed"), STATUS_SUCCESS);
    holder.kill();
    const rtkconf::PeerEnd end = holder.wait(5s);
    EXPECT_EQ(end.how, rtkconf::PeerEnd::How::signalled);
    EXPECT_EQ(end.code, 9) << "SIGKILL (on Windows, the code Peer::kill terminates with)";
    // The very next open, no sleep and no retry.
    expect_gone(probe, u"killed", "holder killed");
}

TEST_F(LifetimeTest, SigkillOfOneOfTwoHoldersKeepsTheObject) {
    auto &killed = attached_peer("killed");
    auto &survivor = attached_peer("survivor");
    auto &probe = attached_peer("probe");
    expect_status(killed, create_shm("s", u"half"), STATUS_SUCCESS);
    expect_ok(killed, write("s", 0, 4096, 81));
    expect_status(survivor, open_shm("s", u"half"), STATUS_SUCCESS);
    killed.kill();
    EXPECT_EQ(killed.wait(5s).how, rtkconf::PeerEnd::How::signalled);
    expect_ok(survivor, check("s", 0, 4096, 81));
    expect_status(probe, open_shm("s", u"half"), STATUS_SUCCESS);
    expect_ok(probe, check("s", 0, 4096, 81));
}

}  // namespace
}  // namespace rtkref_it
