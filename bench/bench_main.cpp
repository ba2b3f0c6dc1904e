// rtkref-bench: runs every benchmark in an isolated namespace and prints
// the ratio table at the end.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "ratio_reporter.h"

int main(int argc, char **argv) {
    // A private namespace: the benchmark never meets a user's objects.
    const auto dir =
        std::filesystem::temp_directory_path() / ("rtkref-bench-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    std::filesystem::permissions(dir, std::filesystem::perms::owner_all);
    setenv("RTK_RUNTIME_DIR", dir.c_str(), 0);

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
    rtkbench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
    return 0;
}
