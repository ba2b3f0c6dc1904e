#include "rtkconf/platform/run_to_end.h"

#include <optional>
#include <system_error>
#include <utility>

#include "process_wait.h"

namespace bp = boost::process;

namespace rtkconf::platform {
namespace {

// One spawn for every combination of output files and group: Boost.Process
// takes its options as constructor arguments, not as values.
template <typename... Io>
bp::child spawn_child(const ChildCommand &command, const bp::environment &env, bp::group *group,
                      std::error_code &ec, Io &&...io) {
    if (group != nullptr)
        return bp::child(bp::exe = command.executable.string(), bp::args = command.args,
                         bp::env = env, std::forward<Io>(io)..., bp::std_in < bp::null, *group, ec);
    return bp::child(bp::exe = command.executable.string(), bp::args = command.args, bp::env = env,
                     std::forward<Io>(io)..., bp::std_in < bp::null, ec);
}

bp::child start(const ChildCommand &command, bp::group *group, std::error_code &ec) {
    bp::environment env = boost::this_process::environment();
    for (const auto &[key, value] : command.extra_env) env[key] = value;
    const bool merged = command.errors.empty();
    if (command.output.empty()) {
        if (merged)
            return spawn_child(command, env, group, ec, (bp::std_out & bp::std_err) > bp::null);
        return spawn_child(command, env, group, ec, bp::std_out > bp::null,
                           bp::std_err > command.errors);
    }
    if (merged)
        return spawn_child(command, env, group, ec, (bp::std_out & bp::std_err) > command.output);
    return spawn_child(command, env, group, ec, bp::std_out > command.output,
                       bp::std_err > command.errors);
}

}  // namespace

ProcessEnd run_to_end(const ChildCommand &command, std::chrono::milliseconds timeout) {
    std::optional<bp::group> group;
    if (command.own_group) group.emplace();
    std::error_code ec;
    bp::child child = start(command, group ? &*group : nullptr, ec);
    if (ec || !child.valid()) {
        return {ProcessEnd::How::not_started, 0,
                command.executable.string() + ": " + (ec ? ec.message() : "spawn failed")};
    }
    bool ended = false;
    std::string wait_error;
    try {
        ended = detail::ended_within(child, timeout);
    } catch (const std::system_error &error) {
        wait_error = error.what();
    }
    // The child is not reaped yet, so its id (and its group's) still names
    // it: killing cannot hit a process that took the id over. A group dies
    // whatever happened: peers the child left behind go with it.
    if (group && group->valid()) group->terminate(ec);
    if (!ended) child.terminate(ec);
    child.wait(ec);
    if (!wait_error.empty())
        return {ProcessEnd::How::not_started, 0, "cannot wait for the child: " + wait_error};
    if (!ended) {
        return {ProcessEnd::How::timed_out, 0,
                "no end within " + std::to_string(timeout.count()) + " ms; killed"};
    }
    return end_from_native(child.native_exit_code(), false);
}

}  // namespace rtkconf::platform
