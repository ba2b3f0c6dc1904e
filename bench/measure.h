// What every implementation's benchmarks share: the touch, page faults,
// CPU time (this process and the broker's), and a holder process.
#pragma once

#include <benchmark/benchmark.h>
#include <sys/types.h>

#include <cstddef>
#include <functional>

namespace rtkbench {

// The one write every row makes: a byte on the last page.
inline void touch_last_page(void *view, std::size_t size) {
    static_cast<volatile char *>(view)[size - 1] = 1;
}

// Writes one byte on every page and returns the minor page faults that
// took (0 for memory that is populated and locked).
long touch_every_page(void *view, std::size_t size);

// CPU time spent from construction to report(): this process's, plus
// `other`'s when given (the broker). Reported per iteration in kCpuCounter.
class CpuMeter {
  public:
    explicit CpuMeter(pid_t other = 0);
    void report(benchmark::State &state) const;

  private:
    pid_t other_;
    double self_start_;
    double other_start_;
};

// Seconds of CPU used by process `pid` (0: this process) so far.
double cpu_seconds(pid_t pid);

// The broker serving runtime directory `dir` (0 if none runs).
pid_t find_broker(const char *dir);

// A second process that makes an object and holds it until destroyed.
// `make` runs in the child and returns a number for the parent (-1:
// failed), e.g. the descriptor that holds the object.
class Holder {
  public:
    explicit Holder(const std::function<int()> &make);
    ~Holder();
    Holder(const Holder &) = delete;
    Holder &operator=(const Holder &) = delete;
    bool ready() const { return value_ >= 0; }
    int value() const { return value_; }
    pid_t pid() const { return pid_; }

  private:
    pid_t pid_ = -1;
    int stop_fd_ = -1;  // the child exits when this closes
    int value_ = -1;
};

}  // namespace rtkbench
