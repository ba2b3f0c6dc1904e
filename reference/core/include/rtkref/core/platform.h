// The seam between the exported Rtk functions (core/api/, one copy for
// every platform) and the one platform backend CMake compiles in
// (linux/ or win32/). The exports check every argument in one order
// (CONFORMANCE.md D1) and only then ask the backend.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "rtk/RtkTypes.h"
#include "rtkref/core/instance_registry.h"
#include "rtkref/core/object_kind.h"

namespace rtkref {

// What a create or open handed out.
struct Grant {
    NTSTATUS status = STATUS_SUCCESS;
    uint64_t handle = 0;
    void *location = nullptr;  // shared memory only
};

// What the create call of each kind needs besides the name.
struct SyncAttributes {
    bool initial_owner = false;  // mutex
    bool manual_reset = false;   // event
    bool initial_state = false;  // event
    LONG initial_count = 0;      // semaphore
    LONG maximum_count = 1;      // semaphore
};

// One attached instance, as a backend implements it. Arguments arrive
// checked: names valid, sizes non-zero, pointers already probed.
class PlatformInstance {
  public:
    virtual ~PlatformInstance() = default;
    // Creates, or opens the existing object of that kind and name (D3):
    // then the status is STATUS_OBJECT_NAME_EXISTS, which each API reports
    // its own way. `size` is for shared memory, `attributes` for the other
    // kinds.
    virtual Grant create(ObjectKind kind, const std::optional<std::u16string> &name, uint32_t size,
                         const SyncAttributes &attributes) = 0;
    virtual Grant open(ObjectKind kind, const std::u16string &name) = 0;
    // Unmaps the handle's view if still mapped (D5), then closes it.
    virtual NTSTATUS close(uint64_t handle) = 0;
    // Unmaps the view at `location`; its handle stays open.
    virtual NTSTATUS unmap(void *location) = 0;
    // Detach (D6): closes every handle, as process exit would.
    virtual void shutdown() = 0;
};

// The process's attached instances (never destroyed: exported calls may
// run during static destruction).
InstanceRegistry<PlatformInstance> &instances();

namespace platform {

struct NewInstance {
    NTSTATUS status = STATUS_SUCCESS;
    std::shared_ptr<PlatformInstance> instance;  // null on failure
};

// A fresh instance for RtkRtssAttach (Linux: a connection to the broker).
NewInstance attach();

// Caller memory, touched without trusting it: a wild pointer is a false
// here, never a fault.
bool read_caller_memory(void *dst, const void *src, std::size_t size);
bool caller_memory_writable(void *dst, std::size_t size);
// Zeroes `size` bytes at `dst` when all of them can be written; false,
// and nothing written, otherwise. One call instead of a probe and a
// store: the create and open calls clear their output pointers first.
bool clear_caller_memory(void *dst, std::size_t size);

// The calling thread's last error, which the user-mode calls (RtApi.h)
// set: Windows' own, or the reference's where the platform has none.
void set_last_error(DWORD error);

}  // namespace platform
}  // namespace rtkref
