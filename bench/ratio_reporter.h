// Console output as usual, then one table: each row's time in every
// implementation, the reference's ratios to the raw primitives and to
// Boost.Interprocess (measured in this same run: a ratio survives a slow
// machine, absolute times don't), and the targets, each met or missed.
// With --benchmark_repetitions the table uses the medians.
#pragma once

#include <benchmark/benchmark.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace rtkbench {

class RatioReporter : public benchmark::ConsoleReporter {
  public:
    void ReportRuns(const std::vector<Run> &runs) override;
    void Finalize() override;

    struct Measured {
        double microseconds = 0;
        std::map<std::string, double> counters;
    };
    // (operation, argument) -> implementation -> result
    using Key = std::pair<std::string, int64_t>;
    using Table = std::map<Key, std::map<std::string, Measured>>;

  private:
    const Measured *find(const Key &key, const std::string &impl) const;
    void print_rows() const;
    void print_targets() const;

    Table singles_;
    Table medians_;
    std::vector<Key> order_;  // rows as they first ran
    int64_t repetitions_ = 1;
};

}  // namespace rtkbench
