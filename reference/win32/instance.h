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
#include "rtkref/core/platform.h"
#include "sync_objects.h"

namespace rtkref::win32_backend {

class Instance final : public PlatformInstance {
  public:
    // `tag` makes this instance's handle values its own (handle_table.h).
    explicit Instance(uint32_t tag) : handles_(tag) {}
    ~Instance() override { shutdown(); }
    Instance(const Instance &) = delete;
    Instance &operator=(const Instance &) = delete;

    Grant create(ObjectKind kind, const std::optional<std::u16string> &name, uint32_t size,
                 const SyncAttributes &attributes) override;
    Grant open(ObjectKind kind, const std::u16string &name) override;
    NTSTATUS close(uint64_t handle) override;
    NTSTATUS unmap(void *location) override;
    void shutdown() override;

  private:
    struct Entry {
        HANDLE kernel = nullptr;
        LockedView view;
    };
    Grant adopt_section(NTSTATUS status, HANDLE section);
    Grant adopt(NTSTATUS status, HANDLE kernel);
    static void release(const Entry &entry);

    std::mutex mutex_;
    HandleTable<Entry> handles_;
    std::map<void *, uint64_t> views_;  // view address -> its handle, while mapped
};

}  // namespace rtkref::win32_backend
