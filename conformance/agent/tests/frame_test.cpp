// The wire format: round trips, and every way a request frame can be
// malformed, each rejected with its reason and the offending offset.
#include <gtest/gtest.h>

#include <cstring>
#include <functional>

#include "agent_test_support.h"

namespace rtkconf::agent_test {
namespace {

void put(std::vector<unsigned char> &frame, std::size_t at, uint64_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) frame[at + i] = static_cast<unsigned char>(value >> (8 * i));
}

TEST(AgentFrame, RequestSurvivesTheRoundTrip) {
    rtkconf_agent_request q = named(RTKCONF_AGENT_OP_CREATE, 7, u"ab\0c");
    q.name_units = 4;
    q.flags = RTKCONF_AGENT_FLAG_RAW_INSTANCE | RTKCONF_AGENT_FLAG_NAME_LENGTH |
              RTKCONF_AGENT_FLAG_NAME_MAXIMUM;
    q.sequence = 0xA1B2C3D4u;
    q.kind = RTKCONF_AGENT_KIND_SEMAPHORE;
    q.size_high = 1;
    q.size_low = 0xFFFFFFFFu;
    q.protect = 0x40;
    q.desired_access = 1;
    q.seed = 99;
    q.offset = 0x123456789ull;
    q.length = 4096;
    q.arg0 = -5;
    q.arg1 = INT64_MIN;
    q.raw_instance = 0xFFFF800000001000ull;
    q.name_length = 7;
    q.name_maximum = 3;
    const std::u16string name(u"ab\0c", 4);
    const auto frame = encode(q, name);
    rtkconf_agent_request back{};
    std::vector<uint16_t> units(RTKCONF_AGENT_MAX_NAME_UNITS);
    uint32_t field = 0;
    ASSERT_EQ(rtkconf_agent_decode_request(frame.data(), frame.size(), &back, units.data(), &field),
              0u);
    EXPECT_EQ(back.op, q.op);
    EXPECT_EQ(back.flags, q.flags);
    EXPECT_EQ(back.sequence, q.sequence);
    EXPECT_EQ(back.slot, q.slot);
    EXPECT_EQ(back.kind, q.kind);
    EXPECT_EQ(back.size_high, q.size_high);
    EXPECT_EQ(back.size_low, q.size_low);
    EXPECT_EQ(back.protect, q.protect);
    EXPECT_EQ(back.desired_access, q.desired_access);
    EXPECT_EQ(back.seed, q.seed);
    EXPECT_EQ(back.offset, q.offset);
    EXPECT_EQ(back.length, q.length);
    EXPECT_EQ(back.arg0, q.arg0);
    EXPECT_EQ(back.arg1, q.arg1);
    EXPECT_EQ(back.raw_instance, q.raw_instance);
    EXPECT_EQ(back.name_length, q.name_length);
    EXPECT_EQ(back.name_maximum, q.name_maximum);
    ASSERT_EQ(back.name_units, 4u);
    EXPECT_EQ(std::u16string(units.begin(), units.begin() + 4), name);
}

TEST(AgentFrame, ReplySurvivesTheRoundTrip) {
    rtkconf_agent_reply r{};
    r.version = 1;
    r.op = RTKCONF_AGENT_OP_CHECK;
    r.sequence = 42;
    r.reason = RTKCONF_AGENT_NOT_MAPPED;
    r.status = static_cast<int32_t>(0xC0000034u);
    r.flags = RTKCONF_AGENT_REPLY_OK | RTKCONF_AGENT_REPLY_LOCKED;
    r.field = 96;
    r.handle = ~uint64_t{0};
    r.location = 0x7fff00001000ull;
    r.fact[0] = 1;
    r.fact[3] = 0x8000000000000000ull;
    r.length = 4096;
    unsigned char frame[RTKCONF_AGENT_REPLY_SIZE];
    ASSERT_EQ(rtkconf_agent_encode_reply(&r, frame, sizeof frame), sizeof frame);
    EXPECT_EQ(frame[0], 'R');
    EXPECT_EQ(frame[3], 'R');
    rtkconf_agent_reply back{};
    ASSERT_EQ(rtkconf_agent_decode_reply(frame, sizeof frame, &back), 0);
    EXPECT_EQ(0, std::memcmp(&back, &r, sizeof r));
    EXPECT_NE(rtkconf_agent_decode_reply(frame, sizeof frame - 1, &back), 0) << "a short reply";
    frame[0] = 'X';
    EXPECT_NE(rtkconf_agent_decode_reply(frame, sizeof frame, &back), 0) << "a foreign reply";
}

TEST(AgentFrame, EncoderRefusesWhatNoFrameCanCarry) {
    rtkconf_agent_request q = request(RTKCONF_AGENT_OP_CREATE);
    std::vector<unsigned char> frame(RTKCONF_AGENT_REQUEST_SIZE);
    std::vector<uint16_t> units(RTKCONF_AGENT_MAX_NAME_UNITS + 1);
    EXPECT_EQ(rtkconf_agent_encode_request(&q, units.data(), frame.data(), frame.size() - 1), 0u);
    q.name_units = RTKCONF_AGENT_MAX_NAME_UNITS + 1;
    EXPECT_EQ(rtkconf_agent_encode_request(&q, units.data(), frame.data(), frame.size()), 0u);
    unsigned char reply[RTKCONF_AGENT_REPLY_SIZE - 1];
    rtkconf_agent_reply r{};
    EXPECT_EQ(rtkconf_agent_encode_reply(&r, reply, sizeof reply), 0u);
}

struct Malformed {
    const char *what;
    std::function<void(std::vector<unsigned char> &)> damage;
    uint32_t reason;
    uint32_t field;
};

const Malformed kMalformed[] = {
    {"magic", [](auto &f) { f[0] ^= 1; }, RTKCONF_AGENT_BAD_MAGIC, 0},
    {"version 2", [](auto &f) { put(f, 4, 2, 2); }, RTKCONF_AGENT_BAD_VERSION, 4},
    {"version 0", [](auto &f) { put(f, 4, 0, 2); }, RTKCONF_AGENT_BAD_VERSION, 4},
    {"op 0", [](auto &f) { put(f, 6, 0, 2); }, RTKCONF_AGENT_BAD_OP, 6},
    {"op 17", [](auto &f) { put(f, 6, 17, 2); }, RTKCONF_AGENT_BAD_OP, 6},
    {"op 0xFFFF", [](auto &f) { put(f, 6, 0xFFFF, 2); }, RTKCONF_AGENT_BAD_OP, 6},
    {"flag 0x100", [](auto &f) { put(f, 8, 0x100, 4); }, RTKCONF_AGENT_BAD_FLAGS, 8},
    {"flag 0x80000000", [](auto &f) { put(f, 8, 0x80000000u, 4); }, RTKCONF_AGENT_BAD_FLAGS, 8},
    {"kind 4", [](auto &f) { put(f, 20, 4, 4); }, RTKCONF_AGENT_BAD_KIND, 20},
    {"kind ~0", [](auto &f) { put(f, 20, 0xFFFFFFFFu, 4); }, RTKCONF_AGENT_BAD_KIND, 20},
    {"reserved 44", [](auto &f) { f[45] = 1; }, RTKCONF_AGENT_BAD_RESERVED, 45},
    {"reserved 102", [](auto &f) { f[102] = 1; }, RTKCONF_AGENT_BAD_RESERVED, 102},
    {"reserved 127", [](auto &f) { f[127] = 0x80; }, RTKCONF_AGENT_BAD_RESERVED, 127},
    {"raw handle without its flag", [](auto &f) { put(f, 80, 5, 8); }, RTKCONF_AGENT_BAD_VALUE, 80},
    {"raw instance without its flag", [](auto &f) { put(f, 88, 5, 8); }, RTKCONF_AGENT_BAD_VALUE,
     88},
    {"Length without its flag", [](auto &f) { put(f, 96, 2, 2); }, RTKCONF_AGENT_BAD_VALUE, 96},
    {"MaximumLength without its flag", [](auto &f) { put(f, 98, 2, 2); }, RTKCONF_AGENT_BAD_VALUE,
     98},
    {"32768 units", [](auto &f) { put(f, 100, 32768, 2); }, RTKCONF_AGENT_BAD_NAME, 100},
    {"65535 units", [](auto &f) { put(f, 100, 65535, 2); }, RTKCONF_AGENT_BAD_NAME, 100},
    {"a unit past the count", [](auto &f) { f[128 + 2 * 3] = 'x'; }, RTKCONF_AGENT_BAD_NAME,
     128 + 6},
    {"the frame's last byte", [](auto &f) { f.back() = 1; }, RTKCONF_AGENT_BAD_NAME,
     RTKCONF_AGENT_REQUEST_SIZE - 1},
};

class AgentFrameRejects : public AgentTest {};

TEST_F(AgentFrameRejects, EveryMalformedFieldWithItsOffset) {
    start(RTKCONF_AGENT_ATTACH_PER_SESSION);
    for (std::size_t row = 0; row < std::size(kMalformed); ++row) {
        const Malformed &m = kMalformed[row];
        rtkconf_agent_request q = named(RTKCONF_AGENT_OP_CREATE, 1, u"abc");
        q.sequence = 1000 + static_cast<uint32_t>(row);
        auto frame = encode(q, u"abc");
        m.damage(frame);
        const rtkconf_agent_reply r = run_frame(0, frame);
        EXPECT_EQ(r.reason, m.reason) << "row " << row << " (" << m.what << ")";
        EXPECT_EQ(r.field, m.field) << "row " << row << " (" << m.what << ")";
        EXPECT_EQ(r.sequence, q.sequence) << "row " << row << ": the reply echoes the sequence";
    }
    EXPECT_TRUE(fake_calls().empty()) << "a rejected frame made a call: " << fake_calls().front();
}

TEST_F(AgentFrameRejects, EverySizeButTheOne) {
    start(RTKCONF_AGENT_ATTACH_PER_SESSION);
    auto frame = encode(request(RTKCONF_AGENT_OP_ATTACH));
    const std::size_t sizes[] = {
        0, 1, 15, 16, 127, 128, RTKCONF_AGENT_REQUEST_SIZE - 1, RTKCONF_AGENT_REQUEST_SIZE + 1};
    for (std::size_t row = 0; row < std::size(sizes); ++row) {
        std::vector<unsigned char> resized = frame;
        resized.resize(sizes[row]);
        // A copy of exactly that size, so a read past it is a heap overflow.
        EXPECT_EQ(run_frame(0, resized).reason, RTKCONF_AGENT_BAD_SIZE)
            << "row " << row << ": " << sizes[row] << " bytes";
    }
    EXPECT_TRUE(fake_calls().empty());
}

TEST_F(AgentFrameRejects, ReplyThatDoesNotFitRunsNothing) {
    start(RTKCONF_AGENT_ATTACH_PER_SESSION);
    const auto frame = encode(request(RTKCONF_AGENT_OP_ATTACH));
    unsigned char reply[RTKCONF_AGENT_REPLY_SIZE - 1];
    EXPECT_EQ(rtkconf_agent_step(sessions_[0], frame.data(), frame.size(), reply, sizeof reply),
              0u);
    EXPECT_TRUE(fake_calls().empty());
}

TEST_F(AgentFrameRejects, RequestAndReplyMayBeOneBuffer) {
    start(RTKCONF_AGENT_ATTACH_PER_SESSION);
    rtkconf_agent_request q = request(RTKCONF_AGENT_OP_ATTACH);
    q.sequence = 77;
    auto frame = encode(q);
    ASSERT_EQ(
        rtkconf_agent_step(sessions_[0], frame.data(), frame.size(), frame.data(), frame.size()),
        RTKCONF_AGENT_REPLY_SIZE);
    rtkconf_agent_reply r{};
    ASSERT_EQ(rtkconf_agent_decode_reply(frame.data(), RTKCONF_AGENT_REPLY_SIZE, &r), 0);
    EXPECT_EQ(r.sequence, 77u);
    EXPECT_EQ(r.reason, 0u);
    EXPECT_EQ(r.status, STATUS_SUCCESS);
    EXPECT_NE(r.handle, 0u);
}

}  // namespace
}  // namespace rtkconf::agent_test
