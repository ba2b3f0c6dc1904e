// The attach policies: a session per process (loopback), or one instance
// per driver shared by every session, with handle ownership per session.
#include <gtest/gtest.h>

#include "agent_test_support.h"

namespace rtkconf::agent_test {
namespace {

class AttachPolicy : public AgentTest {};

std::size_t count_calls(const std::string &prefix) {
    std::size_t n = 0;
    for (const std::string &call : fake_calls()) n += call.rfind(prefix, 0) == 0;
    return n;
}

TEST_F(AttachPolicy, PerSessionEverySessionAttachesItsOwnInstance) {
    start(RTKCONF_AGENT_ATTACH_PER_SESSION, 2);
    const rtkconf_agent_reply a = run(0, request(RTKCONF_AGENT_OP_ATTACH));
    const rtkconf_agent_reply b = run(1, request(RTKCONF_AGENT_OP_ATTACH));
    EXPECT_NE(a.handle, b.handle);
    EXPECT_FALSE(b.flags & RTKCONF_AGENT_REPLY_SHARED);
    EXPECT_EQ(count_calls("RtkRtssAttach"), 2u);
    EXPECT_EQ(run(0, request(RTKCONF_AGENT_OP_DETACH)).status, STATUS_SUCCESS);
}

TEST_F(AttachPolicy, SharedOneAttachServesEverySession) {
    start(RTKCONF_AGENT_ATTACH_SHARED, 3);
    const rtkconf_agent_reply first = run(0, request(RTKCONF_AGENT_OP_ATTACH_EX));
    EXPECT_EQ(first.status, STATUS_SUCCESS);
    EXPECT_FALSE(first.flags & RTKCONF_AGENT_REPLY_SHARED) << "the first attach is a real call";
    for (int s = 1; s < 3; ++s) {
        const rtkconf_agent_reply later = run(s, request(RTKCONF_AGENT_OP_ATTACH));
        EXPECT_EQ(later.status, STATUS_SUCCESS) << "session " << s;
        EXPECT_EQ(later.handle, first.handle) << "session " << s;
        EXPECT_TRUE(later.flags & RTKCONF_AGENT_REPLY_SHARED) << "session " << s;
    }
    EXPECT_EQ(count_calls("RtkRtssAttach"), 1u);
    // Sessions ending leave the driver's instance attached ...
    rtkconf_agent_session_end(sessions_[0]);
    rtkconf_agent_session_end(sessions_[1]);
    EXPECT_EQ(fake_counts().instances, 1u);
    // ... until the driver goes (TearDown destroys the agent and checks).
}

TEST_F(AttachPolicy, SharedMaxWfsoZeroStillReachesTheImplementation) {
    start(RTKCONF_AGENT_ATTACH_SHARED);
    run(0, request(RTKCONF_AGENT_OP_ATTACH));
    rtkconf_agent_request zero = request(RTKCONF_AGENT_OP_ATTACH);
    zero.arg0 = 0;
    EXPECT_EQ(run(0, zero).status, STATUS_INVALID_PARAMETER);
    EXPECT_EQ(run(0, request(RTKCONF_AGENT_OP_ATTACH_BAD)).status, STATUS_INVALID_PARAMETER);
    EXPECT_EQ(count_calls("RtkRtssAttach"), 3u);
}

TEST_F(AttachPolicy, SharedNoSessionDetachesTheDriversInstance) {
    start(RTKCONF_AGENT_ATTACH_SHARED, 2);
    const rtkconf_agent_reply attached = run(0, request(RTKCONF_AGENT_OP_ATTACH));
    run(1, request(RTKCONF_AGENT_OP_ATTACH));
    EXPECT_EQ(run(1, request(RTKCONF_AGENT_OP_DETACH)).reason, RTKCONF_AGENT_SHARED_INSTANCE);
    rtkconf_agent_request raw = request(RTKCONF_AGENT_OP_DETACH);
    raw.flags = RTKCONF_AGENT_FLAG_RAW_INSTANCE;
    raw.raw_instance = attached.handle;
    EXPECT_EQ(run(0, raw).reason, RTKCONF_AGENT_SHARED_INSTANCE);
    EXPECT_EQ(count_calls("RtkRtssDetach"), 0u);
}

TEST_F(AttachPolicy, SharedAHandleOfAnotherSessionIsNotClosed) {
    start(RTKCONF_AGENT_ATTACH_SHARED, 2);
    const rtkconf_agent_reply owned = attach_and_create(0, 1, u"obj");
    run(1, request(RTKCONF_AGENT_OP_ATTACH));
    rtkconf_agent_request raw = request(RTKCONF_AGENT_OP_CLOSE);
    raw.flags = RTKCONF_AGENT_FLAG_RAW_HANDLE;
    raw.raw_handle = owned.handle;
    const rtkconf_agent_reply refused = run(1, raw);
    EXPECT_EQ(refused.reason, RTKCONF_AGENT_OTHER_SESSION);
    EXPECT_EQ(refused.fact[0], owned.handle);
    EXPECT_EQ(count_calls("RtkCloseHandle"), 0u);
    // Its own holder closes it by value, and then it is nobody's.
    EXPECT_EQ(run(0, raw).status, STATUS_SUCCESS);
    EXPECT_EQ(run(1, raw).status, STATUS_INVALID_HANDLE) << "a stale value is the caller's to try";
}

TEST_F(AttachPolicy, SharedSessionEndClosesOnlyItsOwnHandles) {
    start(RTKCONF_AGENT_ATTACH_SHARED, 2);
    attach_and_create(0, 1, u"mine");
    attach_and_create(1, 1, u"yours");
    rtkconf_agent_session_end(sessions_[0]);
    EXPECT_EQ(fake_counts().handles, 1u);
    EXPECT_EQ(run(1, request(RTKCONF_AGENT_OP_CHECK_ZERO, 1)).reason, 0u)
        << "the other session's view is still there";
}

}  // namespace
}  // namespace rtkconf::agent_test
