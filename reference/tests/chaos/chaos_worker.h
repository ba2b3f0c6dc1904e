// One client of the chaos run: random creates, opens, write-verifies and
// closes over a small set of names of every kind, until it is killed.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

namespace rtkref_chaos {

constexpr int kNames = 6;  // per kind: few, so clients collide on them

// Per worker, in memory shared with the orchestrator (MAP_SHARED before
// the fork), so a worker that is SIGKILLed still leaves its counts.
struct WorkerStats {
    std::atomic<uint64_t> calls{0};
    std::atomic<uint64_t> broker_lost{0};  // STATUS_NO_SUCH_DEVICE seen, then re-attached
    std::atomic<uint64_t> violations{0};   // a status or content no rule allows
    std::atomic<int32_t> last_violation{0};
};

// The name of object `index` of kind `kind` (1..4).
std::u16string object_name(int kind, int index);

// Runs forever in a forked child; `slot` is this worker's own 8-byte
// slot in every shared memory object, `library` the library to load.
[[noreturn]] void run_worker(const std::string &library, int slot, unsigned seed,
                             WorkerStats &stats);

}  // namespace rtkref_chaos
