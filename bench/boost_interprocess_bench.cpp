// Boost.Interprocess named shared memory (shm_open + mmap): what a driver
// team would use without the Rtk API. It neither locks nor populates.
#include <benchmark/benchmark.h>

#include <boost/interprocess/mapped_region.hpp>
#include <boost/interprocess/shared_memory_object.hpp>
#include <string>

#include "bench_names.h"

namespace bi = boost::interprocess;

namespace {

void create_close(benchmark::State &state) {
    const auto size = static_cast<std::size_t>(state.range(0));
    const char *name = "rtkbench.boost.create_close";
    bi::shared_memory_object::remove(name);
    for (auto _ : state) {
        bi::shared_memory_object object(bi::create_only, name, bi::read_write);
        object.truncate(static_cast<bi::offset_t>(size));
        bi::mapped_region region(object, bi::read_write);
        static_cast<volatile char *>(region.get_address())[size - 1] = 1;
        bi::shared_memory_object::remove(name);
    }
}

void open_close(benchmark::State &state) {
    const auto size = static_cast<std::size_t>(state.range(0));
    const char *name = "rtkbench.boost.open_close";
    bi::shared_memory_object::remove(name);
    bi::shared_memory_object holder(bi::create_only, name, bi::read_write);
    holder.truncate(static_cast<bi::offset_t>(size));
    for (auto _ : state) {
        bi::shared_memory_object object(bi::open_only, name, bi::read_write);
        bi::mapped_region region(object, bi::read_write);
        static_cast<volatile char *>(region.get_address())[size - 1] = 1;
    }
    bi::shared_memory_object::remove(name);
}

}  // namespace

BENCHMARK(create_close)
    ->Name(std::string(rtkbench::kCreateClose) + "/" + rtkbench::kBoostInterprocess)
    ->Arg(rtkbench::kSizes[0])
    ->Arg(rtkbench::kSizes[1]);
BENCHMARK(open_close)
    ->Name(std::string(rtkbench::kOpenClose) + "/" + rtkbench::kBoostInterprocess)
    ->Arg(rtkbench::kSizes[0])
    ->Arg(rtkbench::kSizes[1]);
