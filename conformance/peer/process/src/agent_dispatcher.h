// The peer as an agent client: each Step becomes one request frame for the
// agent (the loopback host or the driver), and its reply becomes the
// StepResult, with the evidence text a direct peer would give. The agent
// holds the handles and views; this side only numbers the test's slots.
// exit and crash never reach the agent: they end this process, and that
// ends the agent's session (PROTOCOL.md, "Sessions").
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "agent_channel.h"
#include "rtkconf/step.h"

namespace rtkconf::peer {

class AgentDispatcher {
  public:
    explicit AgentDispatcher(std::unique_ptr<AgentChannel> channel);

    // Runs one step; `exit` is answered here and carried out by the caller.
    StepResult run(const Step &step);

  private:
    uint32_t slot_of(const std::string &var);
    StepResult result_of(const Step &step, const rtkconf_agent_reply &reply) const;

    std::unique_ptr<AgentChannel> channel_;
    std::map<std::string, uint32_t> slots_;
    std::vector<unsigned char> frame_;
    uint32_t sequence_ = 0;
};

// The request a step makes (exit and crash excepted): exposed for tests.
rtkconf_agent_request agent_request(const Step &step, uint32_t slot, std::vector<uint16_t> &units);

}  // namespace rtkconf::peer
