// rtkconf-agent-host: the executor core in a user-mode process, standing
// in for the Windows driver. It loads an implementation by path and serves
// one session on its standard input and output: a request frame in, a
// reply frame out, until end of file, which ends the session (PROTOCOL.md).
#include <CLI/CLI.hpp>

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "process_setup.h"
#include "rtkconf/agent/executor.h"
#include "rtkconf/iut.h"
#include "user_mode_host.h"

namespace {

// Reads exactly one request; false at end of file (a partial one too: the
// peer ended in the middle of a write).
bool read_request(std::FILE *in, std::vector<unsigned char> &frame) {
    return std::fread(frame.data(), 1, frame.size(), in) == frame.size();
}

int serve(std::FILE *in, std::FILE *out, rtkconf_agent *agent) {
    rtkconf_agent_session *session = rtkconf_agent_session_open(agent);
    if (session == nullptr) {
        std::fprintf(stderr, "rtkconf-agent-host: cannot open a session (out of memory)\n");
        return 2;
    }
    std::vector<unsigned char> request(RTKCONF_AGENT_REQUEST_SIZE);
    unsigned char reply[RTKCONF_AGENT_REPLY_SIZE];
    while (read_request(in, request)) {
        const std::size_t n =
            rtkconf_agent_step(session, request.data(), request.size(), reply, sizeof reply);
        if (std::fwrite(reply, 1, n, out) != n || std::fflush(out) != 0) break;
    }
    // The peer is gone: its session ends as a process's does.
    rtkconf_agent_session_close(session);
    return 0;
}

}  // namespace

int main(int argc, char **argv) {
    CLI::App app{"rtkconf-agent-host: serves the agent protocol on stdin/stdout"};
    std::string implementation, policy = "per-session";
    std::optional<uint64_t> memlock_limit;
    app.add_option("--impl", implementation, "implementation library, by path")->required();
    app.add_option("--policy", policy,
                   "attach policy: per-session (a process) or shared (a driver)")
        ->check(CLI::IsMember({"per-session", "shared"}));
    app.add_option("--memlock-limit", memlock_limit, "RLIMIT_MEMLOCK in bytes; drops CAP_IPC_LOCK");
    CLI11_PARSE(app, argc, argv);

    // First, before the implementation can lock anything: the calls that
    // lock are made in this process, not in the peer's.
    std::string error;
    if (memlock_limit && !rtkconf::peer::apply_memlock_limit(*memlock_limit, error)) {
        std::fprintf(stderr, "rtkconf-agent-host: cannot apply the memlock limit: %s\n",
                     error.c_str());
        return 2;
    }
    const rtkconf::peer::ProtocolChannel channel = rtkconf::peer::take_protocol_channel(error);
    if (channel.in == nullptr || channel.out == nullptr) {
        std::fprintf(stderr, "rtkconf-agent-host: %s\n", error.c_str());
        return 2;
    }
    auto loaded = rtkconf::load_iut(implementation);
    if (!loaded) {
        std::fprintf(stderr, "rtkconf-agent-host: %s\n", loaded.error.c_str());
        return 2;
    }
    const rtkconf_agent_rtk_table table = rtkconf::agent::agent_table(loaded.library->api());
    rtkconf::agent::UserModeHost host;
    rtkconf_agent *agent = rtkconf_agent_create(
        &table, host.services(),
        policy == "shared" ? RTKCONF_AGENT_ATTACH_SHARED : RTKCONF_AGENT_ATTACH_PER_SESSION);
    if (agent == nullptr) {
        std::fprintf(stderr, "rtkconf-agent-host: cannot create the agent\n");
        return 2;
    }
    const int code = serve(channel.in, channel.out, agent);
    rtkconf_agent_destroy(agent);
    return code;
}
