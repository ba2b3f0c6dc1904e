// The platform seam of Peer: killing a child, classifying how it ended,
// and keeping the orchestrator alive when a peer's pipe breaks. One of
// process_control_posix.cpp / process_control_win32.cpp is compiled.
#pragma once

#include <boost/process/async_pipe.hpp>
#include <boost/process/child.hpp>

#include "rtkconf/peer.h"

namespace rtkconf::detail {

// Called before the first spawn: a write to a dead peer's stdin must be
// an error value, not a SIGPIPE that ends the whole test run.
void prepare_orchestrator_process();

// Marks the orchestrator's ends of a peer's pipes close-on-exec, so peers
// spawned later do not inherit (and hold open) an earlier peer's pipes.
void keep_pipe_private(boost::process::async_pipe &pipe);

// SIGKILL / TerminateProcess, without reaping (wait() reaps).
void kill_child(boost::process::child &child);

// How a reaped child ended; killed_here: kill_child was used on it.
PeerEnd classify_end(int native_exit_status, bool killed_here);

}  // namespace rtkconf::detail
