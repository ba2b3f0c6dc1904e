// Helpers of the executor core's tests: requests built field by field, a
// step run through real frames, and the agent over the fake implementation.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "fake_rtk.h"
#include "rtkconf/agent/executor.h"

namespace rtkconf::agent_test {

// A request with the peer's defaults (the Step defaults of step.h).
rtkconf_agent_request request(uint16_t op, uint32_t slot = RTKCONF_AGENT_NO_SLOT);
rtkconf_agent_request named(uint16_t op, uint32_t slot, const std::u16string &name);

std::vector<unsigned char> encode(const rtkconf_agent_request &q, const std::u16string &name = u"");

class AgentTest : public ::testing::Test {
  protected:
    void SetUp() override;
    void TearDown() override;

    // Creates the agent (policy) and `sessions` sessions.
    void start(uint32_t policy, int sessions = 1, bool optional = true);
    rtkconf_agent_reply run(int session, const rtkconf_agent_request &q,
                            const std::u16string &name = u"");
    rtkconf_agent_reply run_frame(int session, const std::vector<unsigned char> &frame);
    // attach, then create shared memory of `size` bytes named `name` in `slot`.
    rtkconf_agent_reply attach_and_create(int session, uint32_t slot, const std::u16string &name,
                                          uint32_t size = 4096);

    rtkconf_agent_rtk_table table_{};
    rtkconf_agent_host host_{};
    rtkconf_agent *agent_ = nullptr;
    std::vector<rtkconf_agent_session *> sessions_;
    uint32_t sequence_ = 0;
};

}  // namespace rtkconf::agent_test
