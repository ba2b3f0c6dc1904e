// The reference: every create/open/close is one round trip to the broker.
#include <benchmark/benchmark.h>

#include <string>

#include "bench_names.h"
#include "rtk/RtkApi.h"

namespace {

RTSSINST attached() {
    static RTSSINST instance = [] {
        RTSSINST made = 0;
        return NT_SUCCESS(RtkRtssAttach(1, &made)) ? made : RTSSINST{0};
    }();
    return instance;
}

struct Name {
    explicit Name(const char *tag) : units(std::u16string(u"rtkbench.") + to_u16(tag)) {
        string = UNICODE_STRING{static_cast<USHORT>(units.size() * 2),
                                static_cast<USHORT>(units.size() * 2), units.data()};
    }
    static std::u16string to_u16(const char *text) {
        return {text, text + std::char_traits<char>::length(text)};
    }
    std::u16string units;
    UNICODE_STRING string{};
};

void create_close(benchmark::State &state) {
    const RTSSINST instance = attached();
    Name name("create_close");
    const auto size = static_cast<ULONG>(state.range(0));
    for (auto _ : state) {
        HANDLE handle = nullptr;
        void *location = nullptr;
        if (!NT_SUCCESS(
                RtkCreateSharedMemory(instance, &handle, 0, 0, size, &name.string, &location))) {
            state.SkipWithError("RtkCreateSharedMemory failed");
            break;
        }
        static_cast<volatile char *>(location)[size - 1] = 1;
        RtkCloseHandle(instance, handle);
    }
}

void open_close(benchmark::State &state) {
    const RTSSINST instance = attached();
    Name name("open_close");
    const auto size = static_cast<ULONG>(state.range(0));
    HANDLE holder = nullptr;
    void *held = nullptr;
    if (!NT_SUCCESS(RtkCreateSharedMemory(instance, &holder, 0, 0, size, &name.string, &held))) {
        state.SkipWithError("RtkCreateSharedMemory failed");
        return;
    }
    for (auto _ : state) {
        HANDLE handle = nullptr;
        void *location = nullptr;
        if (!NT_SUCCESS(RtkOpenSharedMemory(instance, &handle, SHM_MAP_WRITE, FALSE, &name.string,
                                            &location))) {
            state.SkipWithError("RtkOpenSharedMemory failed");
            break;
        }
        static_cast<volatile char *>(location)[size - 1] = 1;
        RtkCloseHandle(instance, handle);
    }
    RtkCloseHandle(instance, holder);
}

}  // namespace

BENCHMARK(create_close)
    ->Name(std::string(rtkbench::kCreateClose) + "/" + rtkbench::kReference)
    ->Arg(rtkbench::kSizes[0])
    ->Arg(rtkbench::kSizes[1]);
BENCHMARK(open_close)
    ->Name(std::string(rtkbench::kOpenClose) + "/" + rtkbench::kReference)
    ->Arg(rtkbench::kSizes[0])
    ->Arg(rtkbench::kSizes[1]);
