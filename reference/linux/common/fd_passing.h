// One message with at most one descriptor over a SOCK_SEQPACKET socket.
#pragma once

#include <sys/types.h>

#include <cstddef>

namespace rtkref::linux_backend {

// Returns bytes sent, or -1 with errno. Never raises SIGPIPE.
ssize_t send_message(int socket, const void *data, std::size_t size, int fd_to_pass = -1);

// Returns bytes received (0 on hang-up), or -1 with errno. A received
// descriptor is stored in *fd_out (close-on-exec), else -1; extra
// descriptors are closed so a peer cannot make us leak them.
ssize_t receive_message(int socket, void *data, std::size_t size, int *fd_out);

}  // namespace rtkref::linux_backend
