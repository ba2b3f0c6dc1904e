// The wall time of `rtkconf run --profile strict` against the reference,
// when rtkconf was built beside this program: what a driver team waits
// for in its own loop.
#include <benchmark/benchmark.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "bench_names.h"
#include "rtk/RtkApi.h"
#include "strict_suite.h"

extern char **environ;

namespace rtkbench {
namespace {

namespace fs = std::filesystem;

fs::path reference_library() {
    Dl_info info{};
    if (dladdr(reinterpret_cast<void *>(&RtkRtssAttach), &info) == 0 || !info.dli_fname) return {};
    return fs::canonical(info.dli_fname);
}

int run_quietly(std::vector<std::string> args) {
    std::vector<char *> argv;
    for (std::string &arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int error = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (error != 0) return -1;
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void strict_suite(benchmark::State &state, const fs::path &rtkconf, const fs::path &library) {
    const fs::path report =
        fs::temp_directory_path() / ("rtkbench-strict-" + std::to_string(getpid()));
    for (auto _ : state) {
        const int exit_code = run_quietly({rtkconf.string(), "run", "--impl", library.string(),
                                           "--profile", "strict", "--report-dir", report.string()});
        if (exit_code != 0) {
            state.SkipWithError(("rtkconf exited " + std::to_string(exit_code)).c_str());
            break;
        }
    }
    std::error_code ignored;
    fs::remove_all(report, ignored);
}

}  // namespace

void register_strict_suite(const char *argv0) {
    std::error_code error;
    const fs::path rtkconf = fs::canonical(argv0, error).parent_path() / "rtkconf";
    const fs::path library = reference_library();
    if (!fs::exists(rtkconf, error) || library.empty()) return;
    benchmark::RegisterBenchmark(
        (std::string(kStrictSuite) + "/" + kReference).c_str(),
        [rtkconf, library](benchmark::State &state) { strict_suite(state, rtkconf, library); })
        ->Iterations(1)
        ->UseRealTime()
        ->Unit(benchmark::kMillisecond);
}

}  // namespace rtkbench
