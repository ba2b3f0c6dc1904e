// The raw primitive under the reference: what create/open would cost with
// no broker, no handle table and no name checks, but the same guarantees
// (reserved, zeroed, populated and locked memory).
#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <string>

#include "bench_names.h"

namespace {

void *map_locked(int fd, std::size_t size) {
    void *view = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, fd, 0);
    if (view == MAP_FAILED || mlock(view, size) != 0) return nullptr;
    return view;
}

void create_close(benchmark::State &state) {
    const auto size = static_cast<std::size_t>(state.range(0));
    for (auto _ : state) {
        const int fd = memfd_create("rtkbench", MFD_CLOEXEC);
        if (fd < 0 || ftruncate(fd, static_cast<off_t>(size)) != 0 ||
            fallocate(fd, 0, 0, static_cast<off_t>(size)) != 0) {
            state.SkipWithError("memfd setup failed");
            break;
        }
        void *view = map_locked(fd, size);
        if (view == nullptr) {
            state.SkipWithError("mmap/mlock failed");
            break;
        }
        static_cast<volatile char *>(view)[size - 1] = 1;
        munmap(view, size);
        close(fd);
    }
}

// Opening an existing object without a broker: a dup of a descriptor we
// already hold stands in for receiving it over a socket.
void open_close(benchmark::State &state) {
    const auto size = static_cast<std::size_t>(state.range(0));
    const int holder = memfd_create("rtkbench", MFD_CLOEXEC);
    if (holder < 0 || ftruncate(holder, static_cast<off_t>(size)) != 0) {
        state.SkipWithError("memfd setup failed");
        return;
    }
    for (auto _ : state) {
        const int fd = dup(holder);
        void *view = map_locked(fd, size);
        if (view == nullptr) {
            state.SkipWithError("mmap/mlock failed");
            break;
        }
        static_cast<volatile char *>(view)[size - 1] = 1;
        munmap(view, size);
        close(fd);
    }
    close(holder);
}

}  // namespace

BENCHMARK(create_close)
    ->Name(std::string(rtkbench::kCreateClose) + "/" + rtkbench::kRawMemfd)
    ->Arg(rtkbench::kSizes[0])
    ->Arg(rtkbench::kSizes[1]);
BENCHMARK(open_close)
    ->Name(std::string(rtkbench::kOpenClose) + "/" + rtkbench::kRawMemfd)
    ->Arg(rtkbench::kSizes[0])
    ->Arg(rtkbench::kSizes[1]);
