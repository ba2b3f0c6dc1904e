// rtkconf-peer: loads the implementation under test and runs the Steps the
// orchestrator sends, one JSON line in, one JSON line out.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <optional>
#include <string>

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

int serve(std::FILE *in, std::FILE *out, const rtkconf::LoadedIut &iut) {
    rtkconf::peer::StepDispatcher dispatcher(rtkconf::peer::make_flavour_calls(iut));
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
            result = dispatcher.run(step);
        } catch (const std::exception &e) {  // allocation failures and the like
            result = rtkconf::peer::not_called(std::string("peer error: ") + e.what());
        }
        answer(out, result);
        if (step.op == rtkconf::StepOp::exit) std::exit(static_cast<int>(step.arg0));
    }
    return 0;
}

}  // namespace

int main(int argc, char **argv) {
    CLI::App app{"rtkconf-peer: runs conformance steps against an implementation"};
    std::string implementation;
    std::string flavour_text = "rtk";
    std::optional<uint64_t> memlock_limit;
    app.add_option("--impl", implementation, "implementation library, by path")->required();
    app.add_option("--flavour", flavour_text, "which of its APIs to call: rtk, rtapi, rtk-legacy")
        ->check(CLI::IsMember({"rtk", "rtapi", "rtk-legacy"}));
    app.add_option("--memlock-limit", memlock_limit, "RLIMIT_MEMLOCK in bytes; drops CAP_IPC_LOCK");
    CLI11_PARSE(app, argc, argv);

    // First, before the implementation can lock anything.
    std::string error;
    if (memlock_limit && !rtkconf::peer::apply_memlock_limit(*memlock_limit, error)) {
        std::fprintf(stderr, "rtkconf-peer: cannot apply the memlock limit: %s\n", error.c_str());
        return 2;
    }
    const rtkconf::peer::ProtocolChannel channel = rtkconf::peer::take_protocol_channel(error);
    if (channel.in == nullptr || channel.out == nullptr) {
        std::fprintf(stderr, "rtkconf-peer: %s\n", error.c_str());
        return 2;
    }
    const rtkconf::Flavour flavour = *rtkconf::flavour_from_name(flavour_text);
    auto loaded = rtkconf::load_iut(implementation, flavour);
    if (!loaded) {
        std::fprintf(stderr, "rtkconf-peer: %s\n", loaded.error.c_str());
        return 2;
    }
    return serve(channel.in, channel.out, *loaded.library);
}
