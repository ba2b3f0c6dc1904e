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

// The most descriptors one message can carry (the kernel's SCM_MAX_FD).
constexpr std::size_t kMaxPassedFds = 253;

// For the broker, which wants no descriptors at all but must not be the
// one to close them (see broker/fd_closer.h): every descriptor that came
// with the message is stored in `passed[0..*passed_count)`, for the caller
// to dispose of. Room for kMaxPassedFds, so the kernel never has to drop
// (and so close, in this thread) the ones that did not fit.
ssize_t receive_message_keeping_fds(int socket, void *data, std::size_t size,
                                    int (&passed)[kMaxPassedFds], std::size_t *passed_count);

}  // namespace rtkref::linux_backend
