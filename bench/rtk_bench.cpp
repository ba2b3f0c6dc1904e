// The reference through its exported API, each call as a driver team
// makes it. The broker's CPU time counts with this process's.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "bench_names.h"
#include "measure.h"
#include "rtk/RtkApi.h"

namespace rtkbench {
namespace {

RTSSINST attached() {
    static RTSSINST instance = [] {
        RTSSINST made = 0;
        return NT_SUCCESS(RtkRtssAttach(1, &made)) ? made : RTSSINST{0};
    }();
    return instance;
}

pid_t broker() {
    static const pid_t pid = [] {
        attached();
        const char *dir = std::getenv("RTK_RUNTIME_DIR");
        return dir ? find_broker(dir) : 0;
    }();
    return pid;
}

struct Name {
    explicit Name(const std::string &tag)
        : units(u"rtkbench." + std::u16string(tag.begin(), tag.end())) {
        string = UNICODE_STRING{static_cast<USHORT>(units.size() * 2),
                                static_cast<USHORT>(units.size() * 2), units.data()};
    }
    std::u16string units;
    UNICODE_STRING string{};
};

struct Object {
    HANDLE handle = nullptr;
    void *view = nullptr;
};

bool create(RTSSINST instance, Name &name, ULONG size, Object *out) {
    return NT_SUCCESS(
        RtkCreateSharedMemory(instance, &out->handle, 0, 0, size, &name.string, &out->view));
}

bool open(RTSSINST instance, Name &name, Object *out) {
    return NT_SUCCESS(RtkOpenSharedMemory(instance, &out->handle, SHM_MAP_WRITE, FALSE,
                                          &name.string, &out->view));
}

void create_loop(benchmark::State &state, ULONG size) {
    const RTSSINST instance = attached();
    Name name("create_close");
    const CpuMeter cpu(broker());
    for (auto _ : state) {
        Object made;
        if (!create(instance, name, size, &made)) {
            state.SkipWithError("RtkCreateSharedMemory failed");
            break;
        }
        touch_last_page(made.view, size);
        RtkCloseHandle(instance, made.handle);
    }
    cpu.report(state);
}

void open_loop(benchmark::State &state, Name &name, ULONG size) {
    const RTSSINST instance = attached();
    const CpuMeter cpu(broker());
    for (auto _ : state) {
        Object opened;
        if (!open(instance, name, &opened)) {
            state.SkipWithError("RtkOpenSharedMemory failed");
            break;
        }
        touch_last_page(opened.view, size);
        RtkCloseHandle(instance, opened.handle);
    }
    cpu.report(state);
}

void create_close(benchmark::State &state) {
    create_loop(state, static_cast<ULONG>(state.range(0)));
}

void open_close(benchmark::State &state) {
    const auto size = static_cast<ULONG>(state.range(0));
    Name name("open_close");
    Object holder;
    if (!create(attached(), name, size, &holder)) {
        state.SkipWithError("RtkCreateSharedMemory failed");
        return;
    }
    open_loop(state, name, size);
    RtkCloseHandle(attached(), holder.handle);
}

void open_from_other_process(benchmark::State &state) {
    const auto size = static_cast<ULONG>(state.range(0));
    Name name("other_process");
    broker();  // known before the fork
    const Holder holder([&] {
        RTSSINST own = 0;
        Object made;
        return NT_SUCCESS(RtkRtssAttach(1, &own)) && create(own, name, size, &made) ? 0 : -1;
    });
    if (!holder.ready()) {
        state.SkipWithError("the holder process could not create the object");
        return;
    }
    open_loop(state, name, size);
}

void create_close_among_live(benchmark::State &state) {
    std::vector<Object> live(static_cast<std::size_t>(state.range(0)));
    for (std::size_t i = 0; i < live.size(); ++i) {
        Name name("live." + std::to_string(i));
        if (!create(attached(), name, kSmall, &live[i])) {
            state.SkipWithError("RtkCreateSharedMemory of a live object failed");
            live.resize(i);
            break;
        }
    }
    if (!state.error_occurred()) create_loop(state, kSmall);
    for (const Object &object : live) RtkCloseHandle(attached(), object.handle);
}

void first_touch(benchmark::State &state) {
    const auto size = static_cast<ULONG>(state.range(0));
    const RTSSINST instance = attached();
    Name name("first_touch");
    long create_faults = 0, open_faults = 0;
    for (auto _ : state) {
        Object made, opened;
        if (!create(instance, name, size, &made) || !open(instance, name, &opened)) {
            state.SkipWithError("create or open failed");
            break;
        }
        create_faults += touch_every_page(made.view, size);
        open_faults += touch_every_page(opened.view, size);
        RtkCloseHandle(instance, opened.handle);
        RtkCloseHandle(instance, made.handle);
    }
    state.counters[kCreateFaults] =
        benchmark::Counter(static_cast<double>(create_faults), benchmark::Counter::kAvgIterations);
    state.counters[kOpenFaults] =
        benchmark::Counter(static_cast<double>(open_faults), benchmark::Counter::kAvgIterations);
}

[[maybe_unused]] const bool registered =
    register_rows({kReference, &create_close, &open_close, &open_from_other_process,
                   &create_close_among_live, &first_touch});

}  // namespace
}  // namespace rtkbench
