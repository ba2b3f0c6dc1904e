// The raw primitives under the reference, with its guarantees and
// nothing else: a memfd fully reserved (fallocate), mapped shared, its
// pages faulted in and pinned by mlock. No broker, no handle table, no
// name checks.
#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "bench_names.h"
#include "measure.h"

namespace rtkbench {
namespace {

int make_reserved(std::size_t size) {
    const int fd = memfd_create("rtkbench", MFD_CLOEXEC);
    if (fd < 0) return -1;
    if (ftruncate(fd, static_cast<off_t>(size)) != 0 ||
        fallocate(fd, 0, 0, static_cast<off_t>(size)) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

void *map_locked(int fd, std::size_t size) {
    void *view = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (view == MAP_FAILED) return nullptr;
    if (mlock(view, size) != 0) {
        munmap(view, size);
        return nullptr;
    }
    return view;
}

// One object made and mapped; the descriptor is closed (the view keeps
// the memory), as the reference's client does.
void *create_mapped(std::size_t size) {
    const int fd = make_reserved(size);
    if (fd < 0) return nullptr;
    void *view = map_locked(fd, size);
    close(fd);
    return view;
}

void create_loop(benchmark::State &state, std::size_t size) {
    const CpuMeter cpu;
    for (auto _ : state) {
        void *view = create_mapped(size);
        if (view == nullptr) {
            state.SkipWithError("memfd, mmap or mlock failed");
            break;
        }
        touch_last_page(view, size);
        munmap(view, size);
    }
    cpu.report(state);
}

// `open_fd` gives a new descriptor of the held object each time.
template <class OpenFd>
void open_loop(benchmark::State &state, std::size_t size, OpenFd open_fd) {
    const CpuMeter cpu;
    for (auto _ : state) {
        const int fd = open_fd();
        void *view = fd < 0 ? nullptr : map_locked(fd, size);
        if (fd >= 0) close(fd);
        if (view == nullptr) {
            state.SkipWithError("open, mmap or mlock failed");
            break;
        }
        touch_last_page(view, size);
        munmap(view, size);
    }
    cpu.report(state);
}

void create_close(benchmark::State &state) {
    create_loop(state, static_cast<std::size_t>(state.range(0)));
}

// Without a broker, a dup of a descriptor we hold stands in for receiving
// one over a socket.
void open_close(benchmark::State &state) {
    const auto size = static_cast<std::size_t>(state.range(0));
    const int holder = make_reserved(size);
    if (holder < 0) {
        state.SkipWithError("memfd setup failed");
        return;
    }
    open_loop(state, size, [holder] { return dup(holder); });
    close(holder);
}

// A memfd has no name; another process opens it through /proc.
void open_from_other_process(benchmark::State &state) {
    const auto size = static_cast<std::size_t>(state.range(0));
    const Holder holder([size] { return make_reserved(size); });
    if (!holder.ready()) {
        state.SkipWithError("the holder process could not create the memfd");
        return;
    }
    const std::string path =
        "/proc/" + std::to_string(holder.pid()) + "/fd/" + std::to_string(holder.value());
    open_loop(state, size, [&path] { return open(path.c_str(), O_RDWR | O_CLOEXEC); });
}

void create_close_among_live(benchmark::State &state) {
    std::vector<void *> live;
    for (int64_t i = 0; i < state.range(0); ++i) {
        void *view = create_mapped(kSmall);
        if (view == nullptr) {
            state.SkipWithError("a live object could not be made");
            break;
        }
        live.push_back(view);
    }
    if (!state.error_occurred()) create_loop(state, kSmall);
    for (void *view : live) munmap(view, kSmall);
}

void first_touch(benchmark::State &state) {
    const auto size = static_cast<std::size_t>(state.range(0));
    long create_faults = 0, open_faults = 0;
    for (auto _ : state) {
        const int fd = make_reserved(size);
        void *made = fd < 0 ? nullptr : map_locked(fd, size);
        const int second = fd < 0 ? -1 : dup(fd);
        void *opened = second < 0 ? nullptr : map_locked(second, size);
        if (fd >= 0) close(fd);
        if (second >= 0) close(second);
        if (made == nullptr || opened == nullptr) {
            state.SkipWithError("memfd, mmap or mlock failed");
            break;
        }
        create_faults += touch_every_page(made, size);
        open_faults += touch_every_page(opened, size);
        munmap(opened, size);
        munmap(made, size);
    }
    state.counters[kCreateFaults] =
        benchmark::Counter(static_cast<double>(create_faults), benchmark::Counter::kAvgIterations);
    state.counters[kOpenFaults] =
        benchmark::Counter(static_cast<double>(open_faults), benchmark::Counter::kAvgIterations);
}

[[maybe_unused]] const bool registered =
    register_rows({kRawMemfd, &create_close, &open_close, &open_from_other_process,
                   &create_close_among_live, &first_touch});

}  // namespace
}  // namespace rtkbench
