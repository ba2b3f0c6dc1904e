#include <string>

#include "bench_names.h"

namespace rtkbench {

bool register_rows(const Implementation &impl) {
    const auto name = [&](const char *operation) {
        return std::string(operation) + "/" + impl.name;
    };
    const auto timed = [](benchmark::internal::Benchmark *row) {
        // The processes a call wakes work while this one waits: wall time.
        return row->UseRealTime()->Unit(benchmark::kMicrosecond);
    };
    timed(benchmark::RegisterBenchmark(name(kCreateClose).c_str(), impl.create_close))
        ->Arg(kSmall)
        ->Arg(kLarge);
    timed(benchmark::RegisterBenchmark(name(kOpenClose).c_str(), impl.open_close))
        ->Arg(kSmall)
        ->Arg(kLarge);
    timed(benchmark::RegisterBenchmark(name(kOpenFromOtherProcess).c_str(),
                                       impl.open_from_other_process))
        ->Arg(kSmall);
    auto *live = timed(benchmark::RegisterBenchmark(name(kCreateCloseAmongLive).c_str(),
                                                    impl.create_close_among_live));
    for (int64_t count : kLiveCounts) live->Arg(count);
    timed(benchmark::RegisterBenchmark(name(kFirstTouch).c_str(), impl.first_touch))->Arg(kLarge);
    return true;
}

}  // namespace rtkbench
