// The executor core's host services in a user-mode process: the C
// library's heap, a std::mutex, and the peer's own questions about the
// address space (memory_probe.h), so a memory step is answered here
// exactly as a direct peer answers it.
#pragma once

#include <mutex>

#include "rtkconf/agent/executor.h"
#include "rtkconf/iut.h"

namespace rtkconf::agent {

class UserModeHost {
  public:
    UserModeHost();
    UserModeHost(const UserModeHost &) = delete;
    UserModeHost &operator=(const UserModeHost &) = delete;

    // Valid while this object lives.
    const rtkconf_agent_host *services() const { return &services_; }

  private:
    std::mutex lock_;
    rtkconf_agent_host services_{};
};

// The loaded implementation's exports as the core's table.
rtkconf_agent_rtk_table agent_table(const RtkApiTable &api);

}  // namespace rtkconf::agent
