#include "measure.h"

#include <dirent.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iterator>
#include <string>

#include "bench_names.h"

namespace rtkbench {
namespace {

long minor_faults() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

}  // namespace

long touch_every_page(void *view, std::size_t size) {
    const std::size_t page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    auto *bytes = static_cast<volatile char *>(view);
    const long before = minor_faults();
    for (std::size_t at = 0; at < size; at += page) bytes[at] = 1;
    return minor_faults() - before;
}

double cpu_seconds(pid_t pid) {
    clockid_t clock = CLOCK_PROCESS_CPUTIME_ID;
    if (pid != 0 && clock_getcpuclockid(pid, &clock) != 0) return 0;
    timespec now{};
    clock_gettime(clock, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

CpuMeter::CpuMeter(pid_t other)
    : other_(other), self_start_(cpu_seconds(0)), other_start_(other ? cpu_seconds(other) : 0) {}

void CpuMeter::report(benchmark::State &state) const {
    double used = cpu_seconds(0) - self_start_;
    if (other_) used += cpu_seconds(other_) - other_start_;
    state.counters[kCpuCounter] = benchmark::Counter(
        used * 1e6 / static_cast<double>(std::max<int64_t>(state.iterations(), 1)));
}

pid_t find_broker(const char *dir) {
    DIR *proc = opendir("/proc");
    if (proc == nullptr) return 0;
    pid_t found = 0;
    while (dirent *entry = readdir(proc)) {
        const pid_t pid = static_cast<pid_t>(std::atol(entry->d_name));
        if (pid <= 0) continue;
        std::ifstream in("/proc/" + std::string(entry->d_name) + "/cmdline");
        // The whole file through the stream, not its buffer: a process that
        // exits meanwhile fails the read with ESRCH, which an
        // istreambuf_iterator would throw and getline reports as a bad read.
        std::string cmdline;
        std::getline(in, cmdline, '\x7f');
        // argv: <path>/rtkref-broker --runtime-dir <dir>
        if (cmdline.find("rtkref-broker") != std::string::npos &&
            cmdline.find(std::string(1, '\0') + dir + '\0') != std::string::npos) {
            found = pid;
            break;
        }
    }
    closedir(proc);
    return found;
}

Holder::Holder(const std::function<int()> &make) {
    int ready[2], stop[2];
    if (pipe(ready) != 0) return;
    if (pipe(stop) != 0) {
        close(ready[0]);
        close(ready[1]);
        return;
    }
    pid_ = fork();
    if (pid_ == 0) {
        close(ready[0]);
        close(stop[1]);
        const int value = make();
        if (write(ready[1], &value, sizeof value) != sizeof value) _exit(1);
        char byte;
        while (read(stop[0], &byte, 1) > 0) {
        }
        _exit(0);
    }
    close(ready[1]);
    close(stop[0]);
    stop_fd_ = stop[1];
    int value = -1;
    if (pid_ > 0 && read(ready[0], &value, sizeof value) == sizeof value) value_ = value;
    close(ready[0]);
}

Holder::~Holder() {
    if (stop_fd_ >= 0) close(stop_fd_);
    if (pid_ > 0) waitpid(pid_, nullptr, 0);
}

}  // namespace rtkbench
