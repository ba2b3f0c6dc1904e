// Process-wide setup of the peer, done before the implementation is
// loaded. One of process_setup_posix.cpp / process_setup_win32.cpp is built.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

namespace rtkconf::peer {

// Drops CAP_IPC_LOCK and lowers RLIMIT_MEMLOCK to `bytes`, so locking more
// fails even when running as root. False and a reason when it cannot.
bool apply_memlock_limit(uint64_t bytes, std::string &error);

// The protocol streams, moved off fds 0/1: whatever the implementation
// prints cannot corrupt an answer (fd 1 goes to stderr), and a process it
// spawns does not inherit the protocol pipes.
struct ProtocolChannel {
    std::FILE *in = nullptr;
    std::FILE *out = nullptr;
};
ProtocolChannel take_protocol_channel(std::string &error);

// Ends the process the way a crash does on this platform (the `crash`
// step): SIGABRT on POSIX; on Windows an unhandled access violation, since
// abort() there is an ordinary exit with code 3.
[[noreturn]] void crash_now();

}  // namespace rtkconf::peer
