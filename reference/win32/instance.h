// One attached instance: its never-reused API handles, each standing for a
// kernel handle and, for shared memory, the view it mapped. API handle
// values are not kernel handles, which the kernel reuses at once.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "locked_view.h"
#include "rtk/RtkApi.h"
#include "rtkref/core/handle_table.h"
#include "rtkref/core/object_kind.h"
#include "sync_objects.h"

namespace rtkref::win32_backend {

struct Acquired {
    NTSTATUS status = STATUS_SUCCESS;
    uint64_t handle = 0;
    void *location = nullptr;  // shared memory only
};

class Instance {
  public:
    // `tag` makes this instance's handle values its own (handle_table.h).
    explicit Instance(uint32_t tag) : handles_(tag) {}
    ~Instance() { shutdown(); }
    Instance(const Instance &) = delete;
    Instance &operator=(const Instance &) = delete;

    Acquired create_shared_memory(const std::optional<std::u16string> &name, uint32_t size);
    Acquired open_shared_memory(const std::u16string &name);
    Acquired create_sync(ObjectKind kind, const std::optional<std::u16string> &name,
                         const SyncAttributes &attributes);
    Acquired open_sync(ObjectKind kind, const std::u16string &name);

    // Unmaps the handle's view if still mapped (D5), then closes it.
    NTSTATUS close(uint64_t handle);
    // Unmaps the view at `location`; its handle stays open.
    NTSTATUS unmap(void *location);
    // Detach (D6): closes every handle, as process exit would.
    void shutdown();

  private:
    struct Entry {
        HANDLE kernel = nullptr;
        LockedView view;
    };
    Acquired adopt_section(NTSTATUS status, HANDLE section);
    Acquired adopt(NTSTATUS status, HANDLE kernel);
    static void release(const Entry &entry);

    std::mutex mutex_;
    HandleTable<Entry> handles_;
    std::map<void *, uint64_t> views_;  // view address -> its handle, while mapped
};

}  // namespace rtkref::win32_backend
