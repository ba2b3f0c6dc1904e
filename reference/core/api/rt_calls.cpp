#include "rt_calls.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <string>

#include "argument_checks.h"

namespace rtkref::rt {
namespace {

// The registry key of the process instance. A key, not a pointer: after
// fork() the registry forgets the parent's instances, the key then finds
// nothing and the child attaches its own.
std::atomic<uint64_t> g_process_key{0};

constexpr std::size_t kPage = 4096;
constexpr std::size_t kChunkUnits = 64;

}  // namespace

std::shared_ptr<PlatformInstance> existing_process_instance() {
    const uint64_t key = g_process_key.load();
    return key ? instances().find(key) : nullptr;
}

std::shared_ptr<PlatformInstance> process_instance(NTSTATUS *status) {
    uint64_t key = g_process_key.load();
    if (key != 0) {
        if (auto found = instances().find(key)) return found;
    }
    platform::NewInstance made = platform::attach();
    if (!made.instance) {
        *status = made.status;
        return nullptr;
    }
    auto instance = made.instance;
    const uint64_t mine = instances().add(std::move(made.instance));
    if (g_process_key.compare_exchange_strong(key, mine)) return instance;
    // Another thread attached first: use its instance, drop ours.
    if (auto ours = instances().remove(mine)) ours->shutdown();
    return process_instance(status);
}

NameCheck read_wide_name(RTK_LPCWSTR name) {
    if (name == nullptr) return {};
    std::u16string units;
    const auto *cursor = reinterpret_cast<const unsigned char *>(name);
    // Read no further than the page the next unit starts on, so a name
    // that ends just before an unreadable page is still read whole.
    while (units.size() <= RTK_MAX_NAME_UNITS) {
        const std::size_t to_page_end = kPage - reinterpret_cast<uintptr_t>(cursor) % kPage;
        const std::size_t count = std::min({std::max<std::size_t>(1, to_page_end / 2), kChunkUnits,
                                            RTK_MAX_NAME_UNITS + 1 - units.size()});
        char16_t chunk[kChunkUnits];
        if (!platform::read_caller_memory(chunk, cursor, count * 2)) {
            return {NameFault::unreadable, {}};
        }
        for (std::size_t i = 0; i < count; ++i) {
            if (chunk[i] == u'\0') {
                if (units.empty()) return {};  // D2: an empty name is no name
                if (NameFault fault = check_name_units(units); fault != NameFault::none) {
                    return {fault, {}};
                }
                return {NameFault::none, std::move(units)};
            }
            units.push_back(chunk[i]);
        }
        cursor += count * 2;
    }
    return {NameFault::too_long, {}};
}

HANDLE fail(NTSTATUS status) {
    platform::set_last_error(RtkWin32ErrorOfStatus(status));
    return nullptr;
}

BOOL fail_bool(NTSTATUS status) {
    platform::set_last_error(RtkWin32ErrorOfStatus(status));
    return FALSE;
}

HANDLE succeed(NTSTATUS status, uint64_t handle) {
    platform::set_last_error(status == STATUS_OBJECT_NAME_EXISTS ? ERROR_ALREADY_EXISTS
                                                                 : ERROR_SUCCESS);
    return reinterpret_cast<HANDLE>(handle);
}

}  // namespace rtkref::rt
