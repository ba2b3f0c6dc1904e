// Boost.Interprocess named shared memory (shm_open + mmap): what a driver
// team would use without the Rtk API. Boost neither populates nor locks a
// region, so each row locks it (mlock faults every page in), to do the
// same work as the other columns.
#include <benchmark/benchmark.h>
#include <sys/mman.h>

#include <boost/interprocess/mapped_region.hpp>
#include <boost/interprocess/shared_memory_object.hpp>
#include <memory>
#include <string>
#include <vector>

#include "bench_names.h"
#include "measure.h"

namespace bi = boost::interprocess;

namespace rtkbench {
namespace {

bool lock(const bi::mapped_region &region) {
    return mlock(region.get_address(), region.get_size()) == 0;
}

// Create, map, lock, touch, unmap, remove: one iteration of a create row.
bool create_once(const char *name, std::size_t size) {
    bi::shared_memory_object object(bi::create_only, name, bi::read_write);
    object.truncate(static_cast<bi::offset_t>(size));
    bi::mapped_region region(object, bi::read_write);
    const bool locked = lock(region);
    if (locked) touch_last_page(region.get_address(), size);
    bi::shared_memory_object::remove(name);
    return locked;
}

bool open_once(const char *name, std::size_t size) {
    bi::shared_memory_object object(bi::open_only, name, bi::read_write);
    bi::mapped_region region(object, bi::read_write);
    if (!lock(region)) return false;
    touch_last_page(region.get_address(), size);
    return true;
}

void create_loop(benchmark::State &state, std::size_t size) {
    const char *name = "rtkbench.boost.create_close";
    bi::shared_memory_object::remove(name);
    const CpuMeter cpu;
    for (auto _ : state) {
        if (!create_once(name, size)) {
            state.SkipWithError("mlock failed");
            break;
        }
    }
    cpu.report(state);
}

void open_loop(benchmark::State &state, const char *name, std::size_t size) {
    const CpuMeter cpu;
    for (auto _ : state) {
        if (!open_once(name, size)) {
            state.SkipWithError("mlock failed");
            break;
        }
    }
    cpu.report(state);
}

void create_close(benchmark::State &state) {
    create_loop(state, static_cast<std::size_t>(state.range(0)));
}

void open_close(benchmark::State &state) {
    const auto size = static_cast<std::size_t>(state.range(0));
    const char *name = "rtkbench.boost.open_close";
    bi::shared_memory_object::remove(name);
    {
        bi::shared_memory_object holder(bi::create_only, name, bi::read_write);
        holder.truncate(static_cast<bi::offset_t>(size));
        open_loop(state, name, size);
    }
    bi::shared_memory_object::remove(name);
}

void open_from_other_process(benchmark::State &state) {
    const auto size = static_cast<std::size_t>(state.range(0));
    const char *name = "rtkbench.boost.other_process";
    bi::shared_memory_object::remove(name);
    {
        const Holder holder([&] {
            bi::shared_memory_object object(bi::create_only, name, bi::read_write);
            object.truncate(static_cast<bi::offset_t>(size));
            return 0;
        });
        if (holder.ready()) {
            open_loop(state, name, size);
        } else {
            state.SkipWithError("the holder process could not create the object");
        }
    }
    bi::shared_memory_object::remove(name);
}

void create_close_among_live(benchmark::State &state) {
    const auto count = static_cast<std::size_t>(state.range(0));
    std::vector<std::unique_ptr<bi::mapped_region>> live;
    const auto live_name = [](std::size_t i) { return "rtkbench.boost.live." + std::to_string(i); };
    for (std::size_t i = 0; i < count; ++i) {
        bi::shared_memory_object::remove(live_name(i).c_str());
        bi::shared_memory_object object(bi::create_only, live_name(i).c_str(), bi::read_write);
        object.truncate(kSmall);
        live.push_back(std::make_unique<bi::mapped_region>(object, bi::read_write));
        if (!lock(*live.back())) {
            state.SkipWithError("mlock of a live object failed");
            break;
        }
    }
    if (!state.error_occurred()) create_loop(state, kSmall);
    live.clear();
    for (std::size_t i = 0; i < count; ++i) bi::shared_memory_object::remove(live_name(i).c_str());
}

void first_touch(benchmark::State &state) {
    const auto size = static_cast<std::size_t>(state.range(0));
    const char *name = "rtkbench.boost.first_touch";
    bi::shared_memory_object::remove(name);
    long create_faults = 0, open_faults = 0;
    for (auto _ : state) {
        bi::shared_memory_object object(bi::create_only, name, bi::read_write);
        object.truncate(static_cast<bi::offset_t>(size));
        bi::mapped_region made(object, bi::read_write);
        bi::shared_memory_object second(bi::open_only, name, bi::read_write);
        bi::mapped_region opened(second, bi::read_write);
        if (!lock(made) || !lock(opened)) {
            state.SkipWithError("mlock failed");
            break;
        }
        create_faults += touch_every_page(made.get_address(), size);
        open_faults += touch_every_page(opened.get_address(), size);
        bi::shared_memory_object::remove(name);
    }
    bi::shared_memory_object::remove(name);
    state.counters[kCreateFaults] =
        benchmark::Counter(static_cast<double>(create_faults), benchmark::Counter::kAvgIterations);
    state.counters[kOpenFaults] =
        benchmark::Counter(static_cast<double>(open_faults), benchmark::Counter::kAvgIterations);
}

[[maybe_unused]] const bool registered =
    register_rows({kBoostInterprocess, &create_close, &open_close, &open_from_other_process,
                   &create_close_among_live, &first_touch});

}  // namespace
}  // namespace rtkbench
