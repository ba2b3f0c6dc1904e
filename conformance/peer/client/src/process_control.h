// The platform seam of Peer: killing a child and keeping the orchestrator
// alive when a peer's pipe breaks (how a child ended is the platform
// layer's end_from_native). One of process_control_posix.cpp /
// process_control_win32.cpp is compiled.
#pragma once

#include <boost/process/async_pipe.hpp>
#include <boost/process/child.hpp>

namespace rtkconf::detail {

// Called before the first spawn: a write to a dead peer's stdin must be
// an error value, not a SIGPIPE that ends the whole test run.
void prepare_orchestrator_process();

// Marks the orchestrator's ends of a peer's pipes close-on-exec, so peers
// spawned later do not inherit (and hold open) an earlier peer's pipes.
void keep_pipe_private(boost::process::async_pipe &pipe);

// SIGKILL / TerminateProcess, without reaping (wait() reaps).
void kill_child(boost::process::child &child);

}  // namespace rtkconf::detail
