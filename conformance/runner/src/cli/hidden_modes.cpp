#include <CLI/CLI.hpp>

#include <cstring>
#include <fstream>
#include <iterator>

#include "commands.h"
#include "plugin_probe.h"
#include "run_one.h"

namespace rtkconf::runner {

bool is_hidden_mode(int argc, char **argv) {
    return argc > 1 &&
           (std::strcmp(argv[1], "--run-one") == 0 || std::strcmp(argv[1], "--probe-plugin") == 0);
}

// Only the runner starts these modes (as GoogleTest re-runs itself for
// death tests); they are not part of the documented command line.
int hidden_mode_main(int argc, char **argv) {
    CLI::App app{"rtkconf child mode (internal)"};
    std::string test, plugin_to_probe, impl, peer, profile = "strict", prefix,
                                                   step_timeout = "10000", roles;
    std::string report, transport = "process";
    std::vector<std::string> plugins;
    bool safe = false;
    bool heavy = false;
    app.add_option("--run-one", test);
    app.add_option("--probe-plugin", plugin_to_probe);
    app.add_option("--impl", impl);
    app.add_option("--roles", roles);
    app.add_option("--peer", peer);
    app.add_option("--profile", profile);
    app.add_option("--name-prefix", prefix);
    app.add_option("--step-timeout-ms", step_timeout);
    app.add_option("--report", report)->required();
    app.add_option("--plugin", plugins);
    app.add_flag("--safe", safe);
    app.add_flag("--heavy", heavy);
    app.add_option("--transport", transport);
    CLI11_PARSE(app, argc, argv);

    if (!plugin_to_probe.empty()) return probe_plugin_main(plugin_to_probe, report);
    RunOneOptions options;
    options.test = test;
    options.plugins.assign(plugins.begin(), plugins.end());
    options.settings = {{"iut_path", impl},
                        {"peer_path", peer},
                        {"profile", profile},
                        {"step_timeout_ms", step_timeout},
                        {"name_prefix", prefix}};
    if (!roles.empty()) {
        std::ifstream in(roles);
        options.settings["roles"] = std::string(std::istreambuf_iterator<char>(in), {});
    }
    options.settings["safe"] = safe ? "1" : "0";
    options.settings["heavy"] = heavy ? "1" : "0";
    options.settings["transport"] = transport;
    options.report = report;
    return run_one_main(options);
}

}  // namespace rtkconf::runner
