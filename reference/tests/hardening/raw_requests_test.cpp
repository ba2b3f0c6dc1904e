// Hostile messages on the broker's socket itself, from a program that does
// not use the library: each gets a clear status (or, for a message that
// cannot be a request at all, the end of that one connection) and no
// other client notices.
#include <sys/socket.h>

#include <cstring>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "broker_process.h"
#include "raw_client.h"
#include "rtk/RtkApi.h"

namespace rtkref_hardening {
namespace {

class RawRequests : public ::testing::Test {
  protected:
    void SetUp() override { ASSERT_TRUE(broker_.listening()); }

    // Sends `bytes` as one message and returns the reply's status.
    std::optional<int32_t> send_bytes(RawClient &client, const void *bytes, std::size_t size) {
        if (::send(client.native_handle(), bytes, size, MSG_NOSIGNAL) != static_cast<ssize_t>(size))
            return {};
        return client.reply_status(5000);
    }

    PrivateDir dir_;
    BrokerProcess broker_{dir_, 60000};
};

TEST_F(RawRequests, MalformedFieldsGetTheirStatusesAndCreateNothing) {
    using rtkref::wire::Op;
    RawClient hostile(dir_.socket());
    struct Row {
        const char *what;
        rtkref::wire::Request request;
        int64_t expected;
    };
    std::vector<Row> rows;
    rows.push_back({"bad magic", named_request(Op::create, u"m"), STATUS_INVALID_PARAMETER});
    rows.back().request.magic = 0x12345678;
    rows.push_back({"unknown op", named_request(Op::create, u"m"), STATUS_INVALID_PARAMETER});
    rows.back().request.op = static_cast<Op>(0xFFFFFFFFu);
    rows.push_back({"kind 0", named_request(Op::create, u"m"), STATUS_INVALID_PARAMETER});
    rows.back().request.kind = 0;
    rows.push_back({"kind 200", named_request(Op::create, u"m"), STATUS_INVALID_PARAMETER});
    rows.back().request.kind = 200;
    rows.push_back({"name_units 65535", named_request(Op::create, u"m"), STATUS_NAME_TOO_LONG});
    rows.back().request.name_units = 0xFFFF;
    rows.push_back({"backslash", named_request(Op::create, u"a\\b"), STATUS_OBJECT_NAME_INVALID});
    rows.push_back({"size 0", named_request(Op::create, u"m", 0), STATUS_INVALID_PARAMETER});
    rows.push_back(
        {"size 2^32", named_request(Op::create, u"m", 1ull << 32), STATUS_INVALID_PARAMETER});
    rows.push_back(
        {"size 2^64-1", named_request(Op::create, u"m", ~0ull), STATUS_INVALID_PARAMETER});
    rows.push_back({"open without a name", named_request(Op::open, u""), STATUS_INVALID_PARAMETER});
    rows.back().request.named = 0;
    rows.push_back({"close of handle 0", named_request(Op::close, u""), STATUS_INVALID_PARAMETER});
    rows.push_back(
        {"close of a never issued handle", named_request(Op::close, u""), STATUS_INVALID_HANDLE});
    rows.back().request.handle = 0x7777777700000004ull;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        ASSERT_EQ(hostile.send(rows[i].request), 0) << "[" << i << "] " << rows[i].what;
        EXPECT_EQ(hostile.reply_status(5000).value_or(-1), rows[i].expected)
            << "[" << i << "] " << rows[i].what;
    }
    RawClient probe(dir_.socket());
    ASSERT_EQ(probe.send(named_request(Op::open, u"m")), 0);
    EXPECT_EQ(probe.reply_status(5000).value_or(-1), STATUS_OBJECT_NAME_NOT_FOUND)
        << "nothing was created";
}

TEST_F(RawRequests, MessagesOfTheWrongSizeAreInvalidParameter) {
    RawClient hostile(dir_.socket());
    const rtkref::wire::Request hello = hello_request();
    std::vector<char> oversized(sizeof hello + 100, 0);
    std::memcpy(oversized.data(), &hello, sizeof hello);
    const std::pair<const char *, std::size_t> rows[] = {
        {"1 byte", 1}, {"header only", 16}, {"one byte short", sizeof hello - 1}};
    int row = 0;
    for (const auto &[what, size] : rows) {
        EXPECT_EQ(send_bytes(hostile, &hello, size).value_or(-1), STATUS_INVALID_PARAMETER)
            << "[" << row++ << "] " << what;
    }
    EXPECT_EQ(send_bytes(hostile, oversized.data(), oversized.size()).value_or(-1),
              STATUS_INVALID_PARAMETER)
        << "[" << row << "] 100 bytes too many";
    EXPECT_EQ(hostile.hello(5000).value_or(-1), STATUS_SUCCESS) << "the connection still works";
}

TEST_F(RawRequests, AnEmptyMessageEndsOnlyThatConnection) {
    RawClient bystander(dir_.socket());
    ASSERT_EQ(bystander.send(named_request(rtkref::wire::Op::create, u"kept")), 0);
    ASSERT_EQ(bystander.reply_status(5000).value_or(-1), STATUS_SUCCESS);
    RawClient hostile(dir_.socket());
    ASSERT_EQ(hostile.send(named_request(rtkref::wire::Op::create, u"dropped")), 0);
    ASSERT_EQ(hostile.reply_status(5000).value_or(-1), STATUS_SUCCESS);
    // A zero-length message reads exactly like a hang-up: the broker
    // treats it as one, and the sender's handles go with it.
    ASSERT_EQ(::send(hostile.native_handle(), "", 0, MSG_NOSIGNAL), 0);
    EXPECT_FALSE(hostile.hello(2000).has_value()) << "the connection was not ended";
    ASSERT_EQ(bystander.send(named_request(rtkref::wire::Op::open, u"dropped")), 0);
    EXPECT_EQ(bystander.reply_status(5000).value_or(-1), STATUS_OBJECT_NAME_NOT_FOUND);
    ASSERT_EQ(bystander.send(named_request(rtkref::wire::Op::open, u"kept")), 0);
    EXPECT_EQ(bystander.reply_status(5000).value_or(-1), STATUS_SUCCESS);
}

TEST_F(RawRequests, AHandleOfAnotherConnectionIsInvalidHandle) {
    RawClient owner(dir_.socket());
    RawClient thief(dir_.socket());
    ASSERT_EQ(owner.send(named_request(rtkref::wire::Op::create, u"owned")), 0);
    ASSERT_EQ(owner.reply_status(5000).value_or(-1), STATUS_SUCCESS);
    // Handles are tag << 32 | serial << 2: the first handle of every
    // connection so far, the owner's among them.
    for (uint64_t tag = 1; tag <= 4; ++tag) {
        rtkref::wire::Request close_request;
        close_request.op = rtkref::wire::Op::close;
        close_request.handle = (tag << 32) | 4;
        ASSERT_EQ(thief.send(close_request), 0);
        const int64_t status = thief.reply_status(5000).value_or(-1);
        EXPECT_EQ(status, STATUS_INVALID_HANDLE) << "tag " << tag;
    }
    RawClient probe(dir_.socket());
    ASSERT_EQ(probe.send(named_request(rtkref::wire::Op::open, u"owned")), 0);
    EXPECT_EQ(probe.reply_status(5000).value_or(-1), STATUS_SUCCESS) << "the object is still there";
}

TEST_F(RawRequests, OneConnectionHoldsAtMost65536Handles) {
    RawClient greedy(dir_.socket());
    ASSERT_EQ(greedy.send(named_request(rtkref::wire::Op::create, u"many")), 0);
    ASSERT_EQ(greedy.reply_status(5000).value_or(-1), STATUS_SUCCESS);
    const rtkref::wire::Request open = named_request(rtkref::wire::Op::open, u"many");
    int granted = 1;
    int64_t refusal = 0;
    for (int i = 0; i < 70000 && refusal == 0; ++i) {
        ASSERT_EQ(greedy.send(open), 0);
        const int64_t status = greedy.reply_status(5000).value_or(-1);
        if (status == STATUS_SUCCESS) {
            ++granted;
        } else {
            refusal = status;
        }
    }
    EXPECT_EQ(granted, 65536);
    EXPECT_EQ(refusal, STATUS_INSUFFICIENT_RESOURCES);
    RawClient other(dir_.socket());
    ASSERT_EQ(other.send(open), 0);
    EXPECT_EQ(other.reply_status(5000).value_or(-1), STATUS_SUCCESS) << "others are not charged";
}

}  // namespace
}  // namespace rtkref_hardening
