// Console output as usual, then one table: each operation of the
// reference divided by the same operation on the raw primitives, measured
// in this same run (a ratio survives a slow machine; absolute times don't).
#pragma once

#include <benchmark/benchmark.h>

#include <map>
#include <string>

namespace rtkbench {

class RatioReporter : public benchmark::ConsoleReporter {
  public:
    void ReportRuns(const std::vector<Run> &runs) override;
    void Finalize() override;

  private:
    // "create_close/4096" -> implementation -> nanoseconds per iteration
    std::map<std::string, std::map<std::string, double>> nanoseconds_;
};

}  // namespace rtkbench
