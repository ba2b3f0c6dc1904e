#include <iostream>

#include "catalog_format.h"
#include "commands.h"
#include "host_platform.h"
#include "leak_rules.h"
#include "plugin_probe.h"
#include "work_dir.h"

namespace rtkconf::runner {

int list_rules_command(const std::string &format, const std::filesystem::path &plugin_dir,
                       const std::filesystem::path &fixture_index) {
    const auto self = self_executable();
    const auto dir = plugin_dir.empty() ? default_plugin_dir(self) : plugin_dir;
    if (!std::filesystem::is_directory(dir)) {
        std::cerr << "rtkconf: plugin directory " << dir.string() << " does not exist\n";
        return 2;
    }
    WorkDir work;
    static RuleCatalog catalog;  // plugins keep the host: both live as long as the process
    static PluginHost host(catalog);
    int problems = 0;
    for (const PluginStatus &p : load_plugins_safely(self, dir, work.path(), host)) {
        if (p.ok()) continue;
        ++problems;
        std::cerr << "rtkconf: plugin " << p.path.string() << ": " << p.status << ": " << p.message
                  << "\n";
    }
    for (RuleInfo &r : leak_rules()) catalog.add(std::move(r));
    const FixtureIndex fixtures = fixture_index_of(fixture_index);
    if (!fixtures.problem.empty()) std::cerr << "rtkconf: " << fixtures.problem << "\n";
    if (format == "json")
        std::cout << catalog_json(catalog, fixtures).dump(2) << "\n";
    else
        std::cout << catalog_markdown(catalog, fixtures);
    return problems ? 2 : 0;
}

}  // namespace rtkconf::runner
