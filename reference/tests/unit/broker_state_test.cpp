// The broker's per-client handle tables over the namespace, including
// hostile requests.
#include "rtkref/core/broker_state.h"

#include <gtest/gtest.h>

#include <string>

#include "test_backing.h"

namespace rtkref {
namespace {

wire::Request create_request(std::u16string_view name, uint64_t size = 4096,
                             ObjectKind kind = ObjectKind::shared_memory) {
    wire::Request request;
    request.op = wire::Op::create;
    request.kind = static_cast<uint8_t>(kind);
    request.size = size;
    request.named = name.empty() ? 0 : 1;
    request.name_units = static_cast<uint16_t>(name.size());
    std::copy(name.begin(), name.end(), request.name);
    return request;
}

wire::Request open_request(std::u16string_view name) {
    wire::Request request = create_request(name);
    request.op = wire::Op::open;
    return request;
}

wire::Request close_request(uint64_t handle) {
    wire::Request request;
    request.op = wire::Op::close;
    request.handle = handle;
    return request;
}

class BrokerStateTest : public ::testing::Test {
  protected:
    BrokerState broker{&testing::make_counted_backing};
};

TEST_F(BrokerStateTest, DisconnectClosesEveryHandleOfThatClient) {
    ClientId a = broker.connect();
    ClientId b = broker.connect();
    ASSERT_EQ(broker.handle(a, create_request(u"n")).reply.status, STATUS_SUCCESS);
    ASSERT_EQ(broker.handle(a, create_request(u"m")).reply.status, STATUS_SUCCESS);
    broker.disconnect(a);
    EXPECT_EQ(broker.object_count(), 0u);
    EXPECT_EQ(broker.handle(b, open_request(u"n")).reply.status, STATUS_OBJECT_NAME_NOT_FOUND);
}

TEST_F(BrokerStateTest, ObjectSurvivesWhileAnotherClientHoldsIt) {
    ClientId a = broker.connect();
    ClientId b = broker.connect();
    broker.handle(a, create_request(u"n"));
    ASSERT_EQ(broker.handle(b, open_request(u"n")).reply.status, STATUS_SUCCESS);
    broker.disconnect(a);
    EXPECT_EQ(broker.object_count(), 1u);
}

TEST_F(BrokerStateTest, DoubleCloseIsUnsuccessfulAndForeignHandleInvalid) {
    ClientId a = broker.connect();
    ClientId b = broker.connect();
    const uint64_t handle = broker.handle(a, create_request(u"n")).reply.handle;
    EXPECT_EQ(broker.handle(b, close_request(handle)).reply.status, STATUS_INVALID_HANDLE);
    EXPECT_EQ(broker.object_count(), 1u) << "another client's close must not touch it";
    EXPECT_EQ(broker.handle(a, close_request(handle)).reply.status, STATUS_SUCCESS);
    EXPECT_EQ(broker.handle(a, close_request(handle)).reply.status, STATUS_UNSUCCESSFUL);
    EXPECT_EQ(broker.handle(a, close_request(0)).reply.status, STATUS_INVALID_PARAMETER);
}

TEST_F(BrokerStateTest, SharedMemoryRepliesCarryTheBackingAndCreatorsSize) {
    ClientId a = broker.connect();
    Outcome first = broker.handle(a, create_request(u"n", 100));
    Outcome second = broker.handle(a, create_request(u"n", 5000));
    EXPECT_EQ(first.reply.has_fd, 1u);
    EXPECT_NE(first.send_backing, nullptr);
    EXPECT_EQ(second.reply.size, 100u);
    EXPECT_NE(first.reply.handle, second.reply.handle);
}

TEST_F(BrokerStateTest, SyncObjectsCarryNoBacking) {
    ClientId a = broker.connect();
    Outcome made = broker.handle(a, create_request(u"m", 0, ObjectKind::mutex));
    EXPECT_EQ(made.reply.status, STATUS_SUCCESS);
    EXPECT_EQ(made.reply.has_fd, 0u);
    EXPECT_EQ(made.send_backing, nullptr);
}

TEST_F(BrokerStateTest, HostileRequestsAreRefusedAndChangeNothing) {
    ClientId a = broker.connect();
    wire::Request bad_kind = create_request(u"n");
    bad_kind.kind = 9;
    wire::Request long_name = create_request(u"n");
    long_name.name_units = 400;
    wire::Request backslash = create_request(u"a\\b");
    wire::Request zero_size = create_request(u"n", 0);
    wire::Request huge_size = create_request(u"n", 1ull << 33);
    wire::Request bad_magic = create_request(u"n");
    bad_magic.magic = 1;
    wire::Request bad_op = create_request(u"n");
    bad_op.op = static_cast<wire::Op>(77);
    wire::Request unnamed_open = open_request(u"");
    const std::pair<const char *, wire::Request> cases[] = {
        {"kind", bad_kind},       {"name length", long_name},    {"backslash", backslash},
        {"zero size", zero_size}, {"huge size", huge_size},      {"magic", bad_magic},
        {"op", bad_op},           {"unnamed open", unnamed_open}};
    for (const auto &[label, request] : cases) {
        EXPECT_LT(broker.handle(a, request).reply.status, 0) << label;
    }
    EXPECT_EQ(broker.object_count(), 0u);
    EXPECT_EQ(broker.handle(99, create_request(u"n")).reply.status, STATUS_INVALID_PARAMETER)
        << "unknown client";
}

TEST(BrokerStateQuota, OneClientBeyondItsHandleQuotaGetsInsufficientResources) {
    BrokerState broker(&testing::make_counted_backing, Quotas{3, 100});
    ClientId greedy = broker.connect();
    ClientId other = broker.connect();
    ASSERT_EQ(broker.handle(greedy, create_request(u"q")).reply.status, STATUS_SUCCESS);
    for (int i = 0; i < 2; ++i) {
        ASSERT_EQ(broker.handle(greedy, open_request(u"q")).reply.status, STATUS_SUCCESS) << i;
    }
    EXPECT_EQ(broker.handle(greedy, open_request(u"q")).reply.status,
              STATUS_INSUFFICIENT_RESOURCES);
    EXPECT_EQ(broker.handle(greedy, create_request(u"r")).reply.status,
              STATUS_INSUFFICIENT_RESOURCES);
    EXPECT_EQ(broker.object_count(), 1u) << "the refused create left no object";
    EXPECT_EQ(broker.handle(other, open_request(u"q")).reply.status, STATUS_SUCCESS)
        << "another client is not charged for the greedy one";
}

TEST(BrokerStateQuota, ClosingAHandleGivesItsQuotaBack) {
    BrokerState broker(&testing::make_counted_backing, Quotas{1, 100});
    ClientId a = broker.connect();
    const Outcome first = broker.handle(a, create_request(u"q"));
    ASSERT_EQ(first.reply.status, STATUS_SUCCESS);
    ASSERT_EQ(broker.handle(a, create_request(u"r")).reply.status, STATUS_INSUFFICIENT_RESOURCES);
    ASSERT_EQ(broker.handle(a, close_request(first.reply.handle)).reply.status, STATUS_SUCCESS);
    EXPECT_EQ(broker.handle(a, create_request(u"r")).reply.status, STATUS_SUCCESS);
}

TEST(BrokerStateQuota, AllClientsTogetherStopAtTheTotalQuota) {
    BrokerState broker(&testing::make_counted_backing, Quotas{10, 4});
    ClientId a = broker.connect();
    ClientId b = broker.connect();
    for (int i = 0; i < 2; ++i) {
        ASSERT_EQ(broker.handle(a, create_request(u"t")).reply.status,
                  i == 0 ? STATUS_SUCCESS : STATUS_OBJECT_NAME_EXISTS)
            << i;
        ASSERT_EQ(broker.handle(b, open_request(u"t")).reply.status, STATUS_SUCCESS) << i;
    }
    EXPECT_EQ(broker.handle(b, open_request(u"t")).reply.status, STATUS_INSUFFICIENT_RESOURCES);
    broker.disconnect(a);  // a dead client's handles count no more
    EXPECT_EQ(broker.handle(b, open_request(u"t")).reply.status, STATUS_SUCCESS);
}

TEST_F(BrokerStateTest, OnlyANewSharedMemoryObjectNeedsANewBacking) {
    ClientId a = broker.connect();
    EXPECT_TRUE(broker.needs_new_backing(a, create_request(u"new")));
    EXPECT_TRUE(broker.needs_new_backing(a, create_request(u""))) << "unnamed";
    ASSERT_EQ(broker.handle(a, create_request(u"old")).reply.status, STATUS_SUCCESS);
    EXPECT_FALSE(broker.needs_new_backing(a, create_request(u"old"))) << "exists: an open";
    EXPECT_FALSE(broker.needs_new_backing(a, create_request(u"m", 0, ObjectKind::mutex)));
    EXPECT_FALSE(broker.needs_new_backing(a, open_request(u"new")));
    EXPECT_FALSE(broker.needs_new_backing(a, create_request(u"z", 0))) << "invalid size";
    EXPECT_FALSE(broker.needs_new_backing(99, create_request(u"new"))) << "unknown client";
}

TEST_F(BrokerStateTest, APremadeBackingBecomesTheObject) {
    ClientId a = broker.connect();
    ClientId b = broker.connect();
    auto premade = testing::make_counted_backing(4096);
    const Backing *expected = premade.backing.get();
    const Outcome made = broker.handle_with_backing(a, create_request(u"p"), premade);
    ASSERT_EQ(made.reply.status, STATUS_SUCCESS);
    EXPECT_EQ(made.send_backing.get(), expected);
    EXPECT_EQ(broker.handle(b, open_request(u"p")).send_backing.get(), expected);
}

TEST_F(BrokerStateTest, APremadeBackingIsDroppedWhenTheNameAppearedMeanwhile) {
    ClientId a = broker.connect();
    ClientId b = broker.connect();
    auto premade = testing::make_counted_backing(4096);
    const Outcome first = broker.handle(b, create_request(u"race"));
    ASSERT_EQ(first.reply.status, STATUS_SUCCESS);
    const Outcome late = broker.handle_with_backing(a, create_request(u"race"), std::move(premade));
    EXPECT_EQ(late.reply.status, STATUS_OBJECT_NAME_EXISTS) << "opens the object created meanwhile";
    EXPECT_EQ(late.send_backing, first.send_backing);
    EXPECT_EQ(testing::g_live_backings, 1) << "the premade backing was released";
}

TEST_F(BrokerStateTest, AFailedPremadeAllocationFailsTheCreateAndLeavesNothing) {
    ClientId a = broker.connect();
    const Outcome failed = broker.handle_with_backing(
        a, create_request(u"f"), BackingResult{STATUS_INSUFFICIENT_RESOURCES, nullptr});
    EXPECT_EQ(failed.reply.status, STATUS_INSUFFICIENT_RESOURCES);
    EXPECT_EQ(broker.object_count(), 0u);
}

wire::Request budgeted(wire::Request request, uint32_t lockable_kib) {
    request.lockable_kib = lockable_kib;
    return request;
}

TEST_F(BrokerStateTest, ANewObjectBeyondWhatItsClientCanLockIsRefusedBeforeAnyBacking) {
    ClientId a = broker.connect();
    const int live = testing::g_live_backings;
    const wire::Request too_big = budgeted(create_request(u"big", (4u << 20) + 1), 4096);
    EXPECT_FALSE(broker.needs_new_backing(a, too_big)) << "refused on the serving thread";
    EXPECT_EQ(broker.handle(a, too_big).reply.status, STATUS_INSUFFICIENT_RESOURCES);
    const wire::Request unnamed = budgeted(create_request(u"", 0xFFFFFFFFu), 4096);
    EXPECT_EQ(broker.handle(a, unnamed).reply.status, STATUS_INSUFFICIENT_RESOURCES);
    EXPECT_EQ(testing::g_live_backings, live) << "nothing was reserved";
    EXPECT_EQ(broker.object_count(), 0u);
    // The budget itself fits, and a budget of 0 says nothing.
    EXPECT_EQ(broker.handle(a, budgeted(create_request(u"fits", 4u << 20), 4096)).reply.status,
              STATUS_SUCCESS);
    EXPECT_EQ(broker.handle(a, budgeted(create_request(u"open", 8u << 20), 0)).reply.status,
              STATUS_SUCCESS);
}

TEST_F(BrokerStateTest, TheLockBudgetNeverRefusesAnExistingNameOrAnotherKind) {
    ClientId a = broker.connect();
    ClientId b = broker.connect();
    ASSERT_EQ(broker.handle(a, create_request(u"held", 8u << 20)).reply.status, STATUS_SUCCESS);
    // D3: the size asked is ignored on an existing name, so is the budget
    // (the client's own lock then decides).
    const Outcome opened = broker.handle(b, budgeted(create_request(u"held", 0xFFFFFFFFu), 4));
    EXPECT_EQ(opened.reply.status, STATUS_OBJECT_NAME_EXISTS) << "opens the object";
    EXPECT_EQ(opened.reply.size, 8u << 20);
    EXPECT_EQ(
        broker.handle(b, budgeted(create_request(u"m", 0, ObjectKind::mutex), 1)).reply.status,
        STATUS_SUCCESS);
}

TEST_F(BrokerStateTest, AReleaseClosesLikeAClose) {
    ClientId a = broker.connect();
    const uint64_t handle = broker.handle(a, create_request(u"n")).reply.handle;
    wire::Request release = close_request(handle);
    release.op = wire::Op::release;
    EXPECT_EQ(broker.handle(a, release).reply.status, STATUS_SUCCESS);
    EXPECT_EQ(broker.object_count(), 0u);
    EXPECT_EQ(broker.handle(a, release).reply.status, STATUS_UNSUCCESSFUL) << "closed before";
}

TEST_F(BrokerStateTest, FindsExistingOnlyForACreateOrOpenOfALiveName) {
    ClientId a = broker.connect();
    const uint64_t handle = broker.handle(a, create_request(u"n")).reply.handle;
    EXPECT_TRUE(broker.finds_existing(open_request(u"n")));
    EXPECT_TRUE(broker.finds_existing(create_request(u"n")));
    EXPECT_FALSE(broker.finds_existing(open_request(u"m")));
    EXPECT_FALSE(broker.finds_existing(create_request(u"")));
    EXPECT_FALSE(broker.finds_existing(close_request(handle)));
    broker.handle(a, close_request(handle));
    EXPECT_FALSE(broker.finds_existing(open_request(u"n")));
}

}  // namespace
}  // namespace rtkref
