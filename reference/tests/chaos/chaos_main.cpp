// rtkref-chaos: N clients doing random create/open/write-verify/close
// across all kinds while the run SIGKILLs and SIGSTOPs them at random and
// SIGKILLs the broker once. At the end: no violation was seen (a status no
// rule allows, another object's data), the broker's death was reported as
// STATUS_NO_SUCH_DEVICE, the next attach works, and nothing is left: no
// object by any name, no memfd, no connection, and the broker exits idle.
//   rtkref-chaos [--workers N] [--seconds S] [--seed X] [--impl LIB] [--broker EXE]

#include <cstdio>
#include <cstdlib>
#include <string>

#include "chaos_run.h"

namespace {

using namespace rtkref_chaos;

int usage() {
    std::fprintf(stderr,
                 "usage: rtkref-chaos [--workers N] [--seconds S] [--seed X] [--impl LIB] "
                 "[--broker EXE]\n");
    return 2;
}

}  // namespace

int main(int argc, char **argv) {
    RunOptions options;
    options.library = RTKREF_LIBRARY_PATH;
    options.broker = RTKREF_BROKER_PATH;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc) return usage();
        const std::string value = argv[++i];
        if (arg == "--workers") {
            options.workers = std::atoi(value.c_str());
        } else if (arg == "--seconds") {
            options.seconds = std::atoi(value.c_str());
        } else if (arg == "--seed") {
            options.seed = static_cast<unsigned>(std::strtoul(value.c_str(), nullptr, 0));
        } else if (arg == "--impl") {
            options.library = value;
        } else if (arg == "--broker") {
            options.broker = value;
        } else {
            return usage();
        }
    }
    if (options.workers < 1 || options.workers > 400 || options.seconds < 1) return usage();
    return run_chaos(options);
}
