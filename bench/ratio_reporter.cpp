#include "ratio_reporter.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "bench_names.h"

namespace rtkbench {
namespace {

double to_microseconds(double value, benchmark::TimeUnit unit) {
    switch (unit) {
        case benchmark::kNanosecond:
            return value / 1e3;
        case benchmark::kMicrosecond:
            return value;
        case benchmark::kMillisecond:
            return value * 1e3;
        case benchmark::kSecond:
            return value * 1e6;
    }
    return value;
}

std::string size_text(int64_t bytes) {
    if (bytes >= (1 << 20) && bytes % (1 << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
    if (bytes >= 1024 && bytes % 1024 == 0) return std::to_string(bytes >> 10) + " KiB";
    return std::to_string(bytes) + " B";
}

// What a row does, for a reader of the table.
std::string row_title(const RatioReporter::Key &key) {
    const auto &[operation, arg] = key;
    if (operation == kCreateClose) return "create+map+close " + size_text(arg);
    if (operation == kOpenClose) return "open+map+close " + size_text(arg);
    if (operation == kOpenFromOtherProcess) {
        return "open+map+close " + size_text(arg) + ", held by another process";
    }
    if (operation == kCreateCloseAmongLive) {
        return "create+map+close 4 KiB, " + std::to_string(arg) + " objects live";
    }
    return operation + " " + std::to_string(arg);
}

std::string ratio_text(double numerator, double denominator) {
    if (numerator <= 0 || denominator <= 0) return "-";
    char text[32];
    std::snprintf(text, sizeof text, "%.2fx", numerator / denominator);
    return text;
}

}  // namespace

void RatioReporter::ReportRuns(const std::vector<Run> &runs) {
    ConsoleReporter::ReportRuns(runs);
    for (const Run &run : runs) {
        if (run.error_occurred) continue;
        // "<operation>/<implementation>", argument apart
        const std::string &name = run.run_name.function_name;
        const auto slash = name.find('/');
        if (slash == std::string::npos) continue;
        const Key key{name.substr(0, slash), std::atoll(run.run_name.args.c_str())};
        const std::string impl = name.substr(slash + 1);
        Measured measured;
        measured.microseconds = to_microseconds(run.GetAdjustedRealTime(), run.time_unit);
        for (const auto &[counter, value] : run.counters) measured.counters[counter] = value;
        repetitions_ = std::max<int64_t>(repetitions_, run.repetitions);
        if (std::find(order_.begin(), order_.end(), key) == order_.end()) order_.push_back(key);
        if (run.run_type == Run::RT_Aggregate) {
            if (run.aggregate_name == "median") medians_[key][impl] = measured;
        } else {
            singles_[key][impl] = measured;
        }
    }
}

const RatioReporter::Measured *RatioReporter::find(const Key &key, const std::string &impl) const {
    for (const Table *table : {&medians_, &singles_}) {
        if (auto row = table->find(key); row != table->end()) {
            if (auto cell = row->second.find(impl); cell != row->second.end()) return &cell->second;
        }
    }
    return nullptr;
}

void RatioReporter::print_rows() const {
    std::printf(
        "\n%s; wall time per operation in us. Every column reserves, maps, populates and"
        "\nlocks the memory and writes one byte; CPU = all processes involved (the"
        "\nreference's includes its broker).\n",
        repetitions_ > 1 ? ("medians of " + std::to_string(repetitions_) + " repetitions").c_str()
                         : "one repetition");
    std::printf("%-52s %9s %9s %9s %8s %8s %9s\n", "row (populated + locked in every column)",
                "rtkref", "raw", "boost", "/raw", "/boost", "rtk CPU");
    for (const Key &key : order_) {
        if (key.first == kFirstTouch || key.first == kStrictSuite) continue;
        const Measured *ref = find(key, kReference);
        const Measured *raw = find(key, kRawMemfd);
        const Measured *boost = find(key, kBoostInterprocess);
        const auto us = [](const Measured *m) { return m ? m->microseconds : 0.0; };
        const double cpu =
            ref && ref->counters.count(kCpuCounter) ? ref->counters.at(kCpuCounter) : 0;
        std::printf("%-52s %9.1f %9.1f %9.1f %8s %8s %9.1f\n", row_title(key).c_str(), us(ref),
                    us(raw), us(boost), ratio_text(us(ref), us(raw)).c_str(),
                    ratio_text(us(ref), us(boost)).c_str(), cpu);
    }
    for (const Key &key : order_) {
        if (key.first != kFirstTouch) continue;
        std::printf("%-52s", ("page faults on first touch of " + size_text(key.second) +
                              " (new view / opened view)")
                                 .c_str());
        for (const char *impl : {kReference, kRawMemfd, kBoostInterprocess}) {
            const Measured *m = find(key, impl);
            if (m == nullptr) {
                std::printf(" %9s", "-");
                continue;
            }
            std::printf(" %4.0f /%3.0f",
                        m->counters.count(kCreateFaults) ? m->counters.at(kCreateFaults) : -1,
                        m->counters.count(kOpenFaults) ? m->counters.at(kOpenFaults) : -1);
        }
        std::printf("\n");
    }
    if (const Measured *suite = find({kStrictSuite, 0}, kReference)) {
        std::printf("%-52s %7.2f s\n", "strict suite against the reference (default --jobs)",
                    suite->microseconds / 1e6);
    }
}

void RatioReporter::print_targets() const {
    std::printf("\ntargets\n");
    const auto us = [this](const char *operation, int64_t arg, const char *impl) {
        const Measured *m = find({operation, arg}, impl);
        return m ? m->microseconds : 0.0;
    };
    const auto line = [](const std::string &what, double value, double limit, const char *unit) {
        const bool known = value >= 0;
        std::printf("  %-58s %8.2f%s  (at most %.2f%s)  %s\n", what.c_str(), value, unit, limit,
                    unit,
                    !known           ? "not measured"
                    : value <= limit ? "met"
                                     : "MISSED");
    };
    const auto ratio = [](double a, double b) { return a > 0 && b > 0 ? a / b : -1.0; };
    line("create+map+close 4 KiB, rtkref / boost",
         ratio(us(kCreateClose, kSmall, kReference), us(kCreateClose, kSmall, kBoostInterprocess)),
         2.0, "x");
    line("open+map+close 4 KiB, rtkref / boost",
         ratio(us(kOpenClose, kSmall, kReference), us(kOpenClose, kSmall, kBoostInterprocess)), 2.0,
         "x");
    line("create+map+close 1 MiB, rtkref / raw",
         ratio(us(kCreateClose, kLarge, kReference), us(kCreateClose, kLarge, kRawMemfd)), 1.1,
         "x");
    line("open+map+close 1 MiB, rtkref / raw",
         ratio(us(kOpenClose, kLarge, kReference), us(kOpenClose, kLarge, kRawMemfd)), 1.1, "x");
    line("create+map+close among 10,000 live / among 10, rtkref",
         ratio(us(kCreateCloseAmongLive, 10000, kReference),
               us(kCreateCloseAmongLive, 10, kReference)),
         1.2, "x");
    double faults = -1;
    if (const Measured *m = find({kFirstTouch, kLarge}, kReference)) {
        faults = m->counters.count(kCreateFaults) && m->counters.count(kOpenFaults)
                     ? m->counters.at(kCreateFaults) + m->counters.at(kOpenFaults)
                     : -1;
    }
    line("page faults on first touch, rtkref (new + opened view)", faults, 0, "");
    if (const Measured *suite = find({kStrictSuite, 0}, kReference)) {
        line("strict suite against the reference", suite->microseconds / 1e6, 3.0, " s");
    }
}

void RatioReporter::Finalize() {
    ConsoleReporter::Finalize();
    print_rows();
    print_targets();
}

}  // namespace rtkbench
