#include "plugin_probe.h"

#include <chrono>
#include <exception>
#include <fstream>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "at_once.h"
#include "isolated_child.h"
#include "test_plan.h"

namespace rtkconf::runner {
namespace {

// A plugin only registers rules: a probe taking longer has hung.
constexpr std::chrono::seconds kProbeTimeout{20};
// Probes running at once (there are fifteen plugins in the tree).
constexpr unsigned kParallelProbes = 8;

nlohmann::json to_json(const PluginStatus &st) {
    return {{"path", st.path.string()}, {"status", st.status}, {"name", st.name},
            {"family", st.family},      {"rules", st.rules},   {"message", st.message}};
}

}  // namespace

int probe_plugin_main(const std::filesystem::path &plugin, const std::filesystem::path &report) {
    RuleCatalog catalog;
    PluginHost host(catalog);
    const PluginStatus st = load_plugin(plugin, host);
    std::ofstream out(report, std::ios::binary | std::ios::trunc);
    out << to_json(st).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return out.flush() ? 0 : 2;
}

PluginStatus probe_plugin(const std::filesystem::path &self, const std::filesystem::path &plugin,
                          const std::filesystem::path &work_dir) {
    const std::string stem = "probe-" + plugin.filename().string();
    const auto report = work_dir / (stem + ".json");
    const auto log = work_dir / (stem + ".log");
    const ChildEnd end = run_isolated(
        self, {"--probe-plugin", plugin.string(), "--report", report.string()}, log, kProbeTimeout);
    PluginStatus st;
    st.path = plugin;
    std::ifstream in(report, std::ios::binary);
    const nlohmann::json doc =
        in ? nlohmann::json::parse(in, nullptr, false) : nlohmann::json(nullptr);
    if (end.how == ChildEnd::How::exited && doc.is_object()) {
        st.status = doc.value("status", "load-error");
        st.name = doc.value("name", "");
        st.family = doc.value("family", "");
        st.rules = doc.value("rules", 0);
        st.message = doc.value("message", "");
        return st;
    }
    st.status = "crashed";
    if (end.how == ChildEnd::How::signalled)
        st.message = "loading it killed the probe with signal " + std::to_string(end.code) + " (" +
                     end.detail + ")";
    else if (end.how == ChildEnd::How::timed_out)
        st.message = "loading it hung: " + end.detail;
    else if (end.how == ChildEnd::How::not_started)
        st.message = "the probe did not start: " + end.detail;
    else
        st.message = "the probe exited with code " + std::to_string(end.code) + " without a report";
    const std::string tail = log_tail(log, 5);
    if (!tail.empty()) st.message += "; output: " + tail;
    return st;
}

std::vector<PluginStatus> load_plugins_safely(const std::filesystem::path &self,
                                              const std::filesystem::path &dir,
                                              const std::filesystem::path &work_dir,
                                              PluginHost &host) {
    // The probes are child processes that mostly wait to start and load:
    // they run at once (a process start under wine is 100-200 ms), and
    // the healthy plugins are then loaded here one by one, in order.
    const std::vector<std::filesystem::path> paths = find_plugins(dir);
    std::vector<PluginStatus> probed(paths.size());
    for_each_at_once(paths.size(), kParallelProbes, [&](std::size_t i) {
        try {
            probed[i] = probe_plugin(self, paths[i], work_dir);
        } catch (const std::exception &e) {  // not to end the run from a thread
            probed[i].path = paths[i];
            probed[i].status = "load-error";
            probed[i].message = std::string("probing it failed: ") + e.what();
        }
    });
    std::vector<PluginStatus> statuses;
    for (std::size_t i = 0; i < paths.size(); ++i) {
        const std::filesystem::path &path = paths[i];
        PluginStatus st = std::move(probed[i]);
        if (st.ok()) {
            const std::vector<std::string> before = registered_tests();
            st = load_plugin(path, host);  // e.g. an ID clash across plugins
            const std::set<std::string> known(before.begin(), before.end());
            for (std::string &test : registered_tests())
                if (known.count(test) == 0) st.tests.push_back(std::move(test));
        }
        statuses.push_back(std::move(st));
    }
    return statuses;
}

}  // namespace rtkconf::runner
