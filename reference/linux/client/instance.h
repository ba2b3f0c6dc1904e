// One attached instance: its connection to the broker and the views its
// handles mapped. Handles themselves live in the broker, so a process that
// dies loses them all at once.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_set>

#include "rtk/RtkApi.h"
#include "rtkref/core/broker_protocol.h"
#include "rtkref/core/object_kind.h"
#include "rtkref/core/platform.h"
#include "spin.h"

namespace rtkref::linux_backend {

class Instance final : public PlatformInstance {
  public:
    explicit Instance(int broker_fd) : fd_(broker_fd) {}
    ~Instance() override;
    Instance(const Instance &) = delete;
    Instance &operator=(const Instance &) = delete;

    // The first round trip; a hang-up here means a broker that was exiting
    // for idleness took our connection, and a fresh attach will succeed.
    NTSTATUS hello(bool *hung_up);
    // Mutex, event and semaphore state lives nowhere yet (their wait and
    // signal calls are not implemented), so `attributes` is not needed.
    Grant create(ObjectKind kind, const std::optional<std::u16string> &name, uint32_t size,
                 const SyncAttributes &attributes) override;
    Grant open(ObjectKind kind, const std::u16string &name) override;
    NTSTATUS close(uint64_t handle) override;
    NTSTATUS unmap(void *location) override;
    // Detach: hang up (the broker closes every handle) and unmap every view.
    void shutdown() override;
    // The epoch its broker told at hello.
    uint64_t epoch() const { return epoch_; }
    // Whether its broker is gone: a call already said so, or the
    // connection has hung up since.
    bool broker_lost();
    // After fork(), in the child: the connection is the parent's; let go of
    // it without a word to the broker and without taking our lock.
    void abandon_after_fork();

  private:
    struct View {
        void *address;
        std::size_t length;
    };
    Grant acquire(const wire::Request &request);
    NTSTATUS transact(const wire::Request &request, wire::Reply &reply, int *fd);
    // Closes a live handle of ours without waiting for the broker.
    NTSTATUS release(uint64_t handle);
    void lose_broker();
    NTSTATUS map_view(int fd, uint64_t size, void **address);

    std::mutex mutex_;
    int fd_;  // non-blocking: every round trip has a deadline
    bool broker_lost_ = false;
    uint64_t epoch_ = 0;              // hung up or timed out: every call says so
    std::map<uint64_t, View> views_;  // handle -> its view, while mapped
    std::unordered_set<uint64_t> live_;
    AdaptiveSpin spin_;  // handles the broker gave us, not yet closed
};

}  // namespace rtkref::linux_backend
