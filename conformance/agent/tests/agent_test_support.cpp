#include "agent_test_support.h"

namespace rtkconf::agent_test {

rtkconf_agent_request request(uint16_t op, uint32_t slot) {
    rtkconf_agent_request q{};
    q.op = op;
    q.slot = slot;
    q.protect = 0x04;
    q.desired_access = 2;
    q.arg0 = 1;
    q.arg1 = 1;
    return q;
}

rtkconf_agent_request named(uint16_t op, uint32_t slot, const std::u16string &name) {
    rtkconf_agent_request q = request(op, slot);
    q.name_units = static_cast<uint16_t>(name.size());
    return q;
}

std::vector<unsigned char> encode(const rtkconf_agent_request &q, const std::u16string &name) {
    std::vector<uint16_t> units(name.begin(), name.end());
    std::vector<unsigned char> frame(RTKCONF_AGENT_REQUEST_SIZE);
    rtkconf_agent_request copy = q;
    if (copy.name_units == 0) copy.name_units = static_cast<uint16_t>(units.size());
    EXPECT_EQ(rtkconf_agent_encode_request(&copy, units.data(), frame.data(), frame.size()),
              frame.size());
    return frame;
}

void AgentTest::SetUp() {
    table_ = fake_reset();
    host_ = fake_host();
}

void AgentTest::TearDown() {
    for (rtkconf_agent_session *s : sessions_) rtkconf_agent_session_close(s);
    sessions_.clear();
    rtkconf_agent_destroy(agent_);
    agent_ = nullptr;
    const FakeCounts left = fake_counts();
    EXPECT_EQ(left.instances, 0u) << "instances still attached";
    EXPECT_EQ(left.handles, 0u) << "handles still open";
    EXPECT_EQ(left.views, 0u) << "views still mapped";
    EXPECT_EQ(left.objects, 0u) << "objects still alive";
    EXPECT_EQ(left.allocations, 0u) << "host allocations not released";
    EXPECT_EQ(fake_calls_under_lock(), 0u) << "Rtk calls made under the agent's lock";
}

void AgentTest::start(uint32_t policy, int sessions, bool optional) {
    table_ = fake_reset(optional);
    host_ = fake_host();
    agent_ = rtkconf_agent_create(&table_, &host_, policy);
    ASSERT_NE(agent_, nullptr);
    for (int i = 0; i < sessions; ++i) {
        sessions_.push_back(rtkconf_agent_session_open(agent_));
        ASSERT_NE(sessions_.back(), nullptr);
    }
}

rtkconf_agent_reply AgentTest::run(int session, const rtkconf_agent_request &q,
                                   const std::u16string &name) {
    rtkconf_agent_request numbered = q;
    numbered.sequence = ++sequence_;
    return run_frame(session, encode(numbered, name));
}

rtkconf_agent_reply AgentTest::run_frame(int session, const std::vector<unsigned char> &frame) {
    std::vector<unsigned char> reply(RTKCONF_AGENT_REPLY_SIZE);
    rtkconf_agent_reply decoded{};
    EXPECT_EQ(rtkconf_agent_step(sessions_.at(session), frame.data(), frame.size(), reply.data(),
                                 reply.size()),
              reply.size());
    EXPECT_EQ(rtkconf_agent_decode_reply(reply.data(), reply.size(), &decoded), 0);
    EXPECT_EQ(decoded.version, RTKCONF_AGENT_PROTOCOL_VERSION);
    return decoded;
}

rtkconf_agent_reply AgentTest::attach_and_create(int session, uint32_t slot,
                                                 const std::u16string &name, uint32_t size) {
    const rtkconf_agent_reply attached = run(session, request(RTKCONF_AGENT_OP_ATTACH));
    EXPECT_EQ(attached.reason, 0u);
    rtkconf_agent_request create = named(RTKCONF_AGENT_OP_CREATE, slot, name);
    create.size_low = size;
    return run(session, create, name);
}

}  // namespace rtkconf::agent_test
