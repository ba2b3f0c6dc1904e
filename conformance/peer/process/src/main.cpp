// rtkconf-peer: runs the Steps the orchestrator sends, one JSON line in,
// one JSON line out. A direct peer loads the implementation under test and
// makes the calls itself; an agent peer (--agent) sends each step to an
// agent that makes them: the loopback host it starts, or the driver.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "agent_dispatcher.h"
#include "process_setup.h"
#include "rtkconf/iut.h"
#include "rtkconf/step_json.h"
#include "step_dispatcher.h"

namespace {

// One line from the protocol stream; false at EOF.
bool read_line(std::FILE *in, std::string &line) {
    line.clear();
    char chunk[4096];
    while (std::fgets(chunk, sizeof chunk, in) != nullptr) {
        line += chunk;
        if (!line.empty() && line.back() == '\n') {
            line.pop_back();
            return true;
        }
    }
    return !line.empty();
}

void answer(std::FILE *out, const rtkconf::StepResult &result) {
    const std::string line = rtkconf::result_to_line(result) + "\n";
    std::fwrite(line.data(), 1, line.size(), out);
    std::fflush(out);
}

using Dispatch = std::function<rtkconf::StepResult(const rtkconf::Step &)>;

int serve(std::FILE *in, std::FILE *out, const Dispatch &dispatch) {
    std::string line;
    while (read_line(in, line)) {
        if (line.empty()) continue;
        rtkconf::Step step;
        std::string error;
        if (!rtkconf::step_from_line(line, step, error)) {
            answer(out, rtkconf::peer::not_called("bad step: " + error));
            continue;
        }
        rtkconf::StepResult result;
        try {
            result = dispatch(step);
        } catch (const std::exception &e) {  // allocation failures and the like
            result = rtkconf::peer::not_called(std::string("peer error: ") + e.what());
        }
        answer(out, result);
        if (step.op == rtkconf::StepOp::exit) std::exit(static_cast<int>(step.arg0));
    }
    return 0;
}

struct Options {
    std::string implementation;
    std::string flavour = "rtk";  // an agent makes the Rtk calls only
    std::optional<uint64_t> memlock_limit;
    std::string agent;  // "", "loopback" or "device"
    std::string agent_host;
    std::string agent_device = RTKCONF_AGENT_DEVICE_PATH;
};

// The loopback host beside this executable, unless told otherwise.
std::string default_agent_host(const char *argv0) {
    const std::filesystem::path self(argv0);
    return (self.parent_path() / ("rtkconf-agent-host" + self.extension().string())).string();
}

int serve_through_agent(const Options &o, const rtkconf::peer::ProtocolChannel &channel) {
    std::string error;
    std::unique_ptr<rtkconf::peer::AgentChannel> agent;
    if (o.agent == "device") {
        agent = rtkconf::peer::open_agent_device(o.agent_device, error);
    } else {
        // The host makes the calls, so it is the process the lock limit binds.
        std::vector<std::string> command{o.agent_host, "--impl", o.implementation};
        if (o.memlock_limit) {
            command.push_back("--memlock-limit");
            command.push_back(std::to_string(*o.memlock_limit));
        }
        agent = rtkconf::peer::start_loopback_host(command, error);
    }
    if (!agent) {
        std::fprintf(stderr, "rtkconf-peer: %s\n", error.c_str());
        return 2;
    }
    rtkconf::peer::AgentDispatcher dispatcher(std::move(agent));
    return serve(channel.in, channel.out,
                 [&](const rtkconf::Step &step) { return dispatcher.run(step); });
}

}  // namespace

int main(int argc, char **argv) {
    CLI::App app{"rtkconf-peer: runs conformance steps against an implementation"};
    Options o;
    o.agent_host = default_agent_host(argv[0]);
    app.add_option("--impl", o.implementation, "implementation library, by path");
    app.add_option("--flavour", o.flavour, "which of its APIs to call: rtk, rtapi, rtk-legacy")
        ->check(CLI::IsMember({"rtk", "rtapi", "rtk-legacy"}));
    app.add_option("--memlock-limit", o.memlock_limit,
                   "RLIMIT_MEMLOCK in bytes; drops CAP_IPC_LOCK");
    app.add_option("--agent", o.agent,
                   "run the steps in an agent: loopback (a host process loading --impl) or "
                   "device (the RtkConfAgent driver)")
        ->check(CLI::IsMember({"loopback", "device"}));
    app.add_option("--agent-host", o.agent_host, "the loopback host's executable");
    app.add_option("--agent-device", o.agent_device, "the agent driver's device path");
    CLI11_PARSE(app, argc, argv);
    if (o.implementation.empty() && o.agent != "device") {
        std::fprintf(stderr, "rtkconf-peer: --impl is required\n");
        return 2;
    }
    if (!o.agent.empty() && o.flavour != "rtk") {
        std::fprintf(stderr, "rtkconf-peer: an agent makes the Rtk calls: --flavour %s needs none\n",
                     o.flavour.c_str());
        return 2;
    }

    std::string error;
    // First, before the implementation can lock anything (a loopback host
    // applies the limit itself).
    if (o.memlock_limit && o.agent.empty() &&
        !rtkconf::peer::apply_memlock_limit(*o.memlock_limit, error)) {
        std::fprintf(stderr, "rtkconf-peer: cannot apply the memlock limit: %s\n", error.c_str());
        return 2;
    }
    const rtkconf::peer::ProtocolChannel channel = rtkconf::peer::take_protocol_channel(error);
    if (channel.in == nullptr || channel.out == nullptr) {
        std::fprintf(stderr, "rtkconf-peer: %s\n", error.c_str());
        return 2;
    }
    if (!o.agent.empty()) return serve_through_agent(o, channel);
    const rtkconf::Flavour flavour = *rtkconf::flavour_from_name(o.flavour);
    auto loaded = rtkconf::load_iut(o.implementation, flavour);
    if (!loaded) {
        std::fprintf(stderr, "rtkconf-peer: %s\n", loaded.error.c_str());
        return 2;
    }
    rtkconf::peer::StepDispatcher dispatcher(rtkconf::peer::make_flavour_calls(*loaded.library));
    return serve(channel.in, channel.out,
                 [&](const rtkconf::Step &step) { return dispatcher.run(step); });
}
