// Runs a program to its end, or to a deadline: the harness's one way to
// run a child that is not a peer (the runner's test children and plugin
// probes, and tests that run rtkconf or a browser). Output goes to files,
// never to pipes, so no stream can fill up while another is read; the
// wait is a real wait on the process (no polling), and at the deadline the
// child (or its whole group) is killed.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "rtkconf/platform/process_end.h"

namespace rtkconf::platform {

struct ChildCommand {
    std::filesystem::path executable;
    std::vector<std::string> args;
    std::filesystem::path output;  // standard output; empty: discarded
    std::filesystem::path errors;  // standard error; empty: into `output` (or discarded)
    std::map<std::string, std::string> extra_env;
    // The child in a process group of its own (a job object on Windows):
    // whatever it started dies with it at its end or at the deadline.
    bool own_group = false;
};

// How the child ended; How::timed_out when the deadline killed it,
// How::not_started (with the reason) when it could not be started.
ProcessEnd run_to_end(const ChildCommand &command, std::chrono::milliseconds timeout);

}  // namespace rtkconf::platform
