// The broker's event loop: accepts clients on the namespace's socket,
// feeds their requests to BrokerState, and treats a hang-up as the
// client's death (no PIDs, no heartbeats).
#pragma once

#include <chrono>
#include <cstdint>

namespace rtkref::linux_backend {

struct ServerOptions {
    int listen_fd = -1;
    int lock_fd = -1;    // released at the idle exit, right after the listener
    uint64_t epoch = 0;  // told to every client at hello (wire::Reply::size)
    // Exit after this long without any client, so test namespaces and
    // idle users don't keep a broker around.
    std::chrono::milliseconds idle_exit{5000};
};

int run_server(const ServerOptions &options);

}  // namespace rtkref::linux_backend
