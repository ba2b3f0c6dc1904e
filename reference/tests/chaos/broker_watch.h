// The chaos run's view of the broker of its private runtime directory,
// found through /proc by the directory on its command line, so only the
// run's own broker is ever killed.
#pragma once

#include <sys/types.h>

#include <string>

namespace rtkref_chaos {

// The pid of the rtkref-broker serving `runtime_dir`, or -1.
pid_t find_broker(const std::string &runtime_dir);

// What the broker holds: memfds (objects' backings) and sockets
// (listener and connections), from its descriptor table.
struct BrokerHoldings {
    int memfds = 0;
    int sockets = 0;
};
BrokerHoldings holdings_of(pid_t broker);

}  // namespace rtkref_chaos
