// How an agent peer reaches its agent: the loopback host, a child process
// speaking the protocol on its stdin/stdout, or the driver's device. One
// of agent_channel_posix.cpp / agent_channel_win32.cpp is built.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "rtkconf/agent/protocol.h"

namespace rtkconf::peer {

class AgentChannel {
  public:
    virtual ~AgentChannel() = default;

    enum class Outcome {
        answered,
        agent_died,  // the loopback host ended during the step: the implementation crashed it
        failed,      // the transport failed (see error)
    };
    // Sends one request frame and reads its reply.
    virtual Outcome exchange(const std::vector<unsigned char> &request,
                             unsigned char (&reply)[RTKCONF_AGENT_REPLY_SIZE],
                             std::string &error) = 0;
};

// Starts `command` (the host's path and its arguments) with its stdin and
// stdout as the channel and this process's stderr as its stderr. Null and
// `error` when it cannot.
std::unique_ptr<AgentChannel> start_loopback_host(const std::vector<std::string> &command,
                                                  std::string &error);

// Opens the driver's device (Windows only). Null and `error` when it cannot.
std::unique_ptr<AgentChannel> open_agent_device(const std::string &path, std::string &error);

}  // namespace rtkconf::peer
