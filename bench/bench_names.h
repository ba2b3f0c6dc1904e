// What the benchmarks measure, and the names the ratio table pairs up:
// "<operation>/<implementation>" with the size or count as the argument.
// Every implementation does the same work in a row: its memory reserved,
// mapped, populated and locked (no page fault on first touch), one byte
// written, then unmapped and closed.
#pragma once

#include <benchmark/benchmark.h>

#include <cstdint>

namespace rtkbench {

// Operations (the rows).
inline constexpr const char *kCreateClose = "create_map_locked_close";
inline constexpr const char *kOpenClose = "open_map_locked_close";
inline constexpr const char *kOpenFromOtherProcess = "open_map_locked_close_other_process";
inline constexpr const char *kCreateCloseAmongLive = "create_map_locked_close_among_live";
inline constexpr const char *kFirstTouch = "first_touch";
inline constexpr const char *kStrictSuite = "strict_suite";

// Implementations (the columns).
inline constexpr const char *kReference = "rtkref";
inline constexpr const char *kRawMemfd = "raw_memfd";
inline constexpr const char *kBoostInterprocess = "boost_interprocess";

inline constexpr int64_t kSmall = 4096;
inline constexpr int64_t kLarge = int64_t{1} << 20;
inline constexpr int64_t kLiveCounts[] = {10, 1000, 10000};

// Counters the table reads besides the time.
inline constexpr const char *kCpuCounter = "cpu_us";           // every process involved
inline constexpr const char *kCreateFaults = "create_faults";  // first touch of a new view
inline constexpr const char *kOpenFaults = "open_faults";      // first touch of an opened view

// One implementation's benchmarks; each takes its row's argument.
struct Implementation {
    const char *name;
    void (*create_close)(benchmark::State &);             // bytes
    void (*open_close)(benchmark::State &);               // bytes
    void (*open_from_other_process)(benchmark::State &);  // bytes
    void (*create_close_among_live)(benchmark::State &);  // live objects of 4 KiB
    void (*first_touch)(benchmark::State &);              // bytes
};

// Registers every row for `implementation`; returns true (for a static).
bool register_rows(const Implementation &implementation);

}  // namespace rtkbench
