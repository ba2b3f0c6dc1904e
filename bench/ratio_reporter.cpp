#include "ratio_reporter.h"

#include <cstdio>

#include "bench_names.h"

namespace rtkbench {
namespace {

double to_nanoseconds(double value, benchmark::TimeUnit unit) {
    switch (unit) {
        case benchmark::kNanosecond:
            return value;
        case benchmark::kMicrosecond:
            return value * 1e3;
        case benchmark::kMillisecond:
            return value * 1e6;
        case benchmark::kSecond:
            return value * 1e9;
    }
    return value;
}

}  // namespace

void RatioReporter::ReportRuns(const std::vector<Run> &runs) {
    ConsoleReporter::ReportRuns(runs);
    for (const Run &run : runs) {
        if (run.error_occurred || run.run_type != Run::RT_Iteration) continue;
        // "<operation>/<implementation>/<size>"
        const std::string name = run.benchmark_name();
        const auto first = name.find('/');
        const auto second = name.find('/', first + 1);
        if (first == std::string::npos || second == std::string::npos) continue;
        const std::string key = name.substr(0, first) + "/" + name.substr(second + 1);
        nanoseconds_[key][name.substr(first + 1, second - first - 1)] =
            to_nanoseconds(run.GetAdjustedRealTime(), run.time_unit);
    }
}

void RatioReporter::Finalize() {
    ConsoleReporter::Finalize();
    std::printf("\n%-22s %12s %12s %12s %10s %10s\n", "operation/bytes", "rtkref us", "memfd us",
                "boost us", "/memfd", "/boost");
    for (const auto &[key, by_impl] : nanoseconds_) {
        const auto get = [&](const char *impl) {
            auto it = by_impl.find(impl);
            return it == by_impl.end() ? 0.0 : it->second;
        };
        const double ref = get(kReference), raw = get(kRawMemfd), boost = get(kBoostInterprocess);
        std::printf("%-22s %12.1f %12.1f %12.1f %9.1fx %9.1fx\n", key.c_str(), ref / 1e3, raw / 1e3,
                    boost / 1e3, raw > 0 ? ref / raw : 0.0, boost > 0 ? ref / boost : 0.0);
    }
}

}  // namespace rtkbench
