// rtkref-bench: runs every benchmark in an isolated namespace, prints the
// ratio table and the targets, then the broker's CPU use while idle.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>

#include "measure.h"
#include "ratio_reporter.h"
#include "strict_suite.h"

namespace {

// A broker that spins while idle would burn a core for nothing: with a
// client attached and silent, its CPU time must stay flat.
void report_idle_broker(const std::string &dir) {
    const pid_t broker = rtkbench::find_broker(dir.c_str());
    if (broker == 0) return;
    const auto idle = std::chrono::seconds(2);
    const double before = rtkbench::cpu_seconds(broker);
    std::this_thread::sleep_for(idle);
    const double used = rtkbench::cpu_seconds(broker) - before;
    std::printf(
        "\nbroker CPU while idle (a client attached, no calls): %.0f us in %lld s (%.4f%%)\n",
        used * 1e6, static_cast<long long>(idle.count()), used * 100 / idle.count());
}

}  // namespace

int main(int argc, char **argv) {
    // A private namespace: the benchmark never meets a user's objects.
    const auto dir =
        std::filesystem::temp_directory_path() / ("rtkref-bench-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    std::filesystem::permissions(dir, std::filesystem::perms::owner_all);
    setenv("RTK_RUNTIME_DIR", dir.c_str(), 0);

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
    rtkbench::register_strict_suite(argv[0]);
    rtkbench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    report_idle_broker(std::getenv("RTK_RUNTIME_DIR"));
    benchmark::Shutdown();
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
    return 0;
}
