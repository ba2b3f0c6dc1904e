// The Linux side of rtkref/core/platform.h: an instance is a connection
// to the namespace's broker.
#include <pthread.h>

#include <cstdio>
#include <mutex>
#include <vector>

#include "broker_connection.h"
#include "instance.h"
#include "rtkref/core/platform.h"
#include "safe_memory.h"

namespace rtkref {
namespace {

// Handles are per process: a child made by fork() starts with none, and
// must not talk over its parent's connections. The parent's instances are
// leaked in the child, since a lock another thread held at the fork may
// never be released there.
void forget_parent_instances() {
    auto *leaked =
        new std::vector<std::shared_ptr<PlatformInstance>>(instances().forget_all_unlocked());
    for (auto &instance : *leaked) {
        static_cast<linux_backend::Instance &>(*instance).abandon_after_fork();
    }
}
void lock_instances() {
    instances().mutex().lock();
}
void unlock_instances() {
    instances().mutex().unlock();
}
void unlock_and_forget_in_child() {
    unlock_instances();
    forget_parent_instances();
}

// dlclose() without RtkRtssDetach: the library's code goes away but its
// connections would stay open, so the broker would keep every handle
// until the process ends. Also runs at exit, after the program's own
// static destructors, where hanging up a little early changes nothing. A
// registry lock held by another thread at that moment is left alone.
__attribute__((destructor)) void detach_what_is_left() {
    std::unique_lock lock(instances().mutex(), std::try_to_lock);
    if (!lock.owns_lock()) return;
    for (auto &instance : instances().forget_all_unlocked()) instance->shutdown();
}

// True when an instance of this process belongs to a broker that has died
// and the broker reached now is another (a new, empty namespace): the
// process still holds views of the old objects under the same names, so
// attaching it silently to the new namespace would make one name mean two
// objects. Detaching the old instances acknowledges the loss.
bool holds_a_dead_namespace(uint64_t new_epoch) {
    bool dead = false;
    instances().for_each([&](PlatformInstance &held) {
        auto &instance = static_cast<linux_backend::Instance &>(held);
        if (instance.epoch() != new_epoch && instance.broker_lost()) dead = true;
    });
    return dead;
}

}  // namespace

namespace platform {

NewInstance attach() {
    static std::once_flag fork_guard;
    std::call_once(fork_guard, [] {
        pthread_atfork(&lock_instances, &unlock_instances, &unlock_and_forget_in_child);
    });
    // A broker exiting for idleness hangs up on whoever connected in its
    // last moment; the next try reaches (or starts) its successor.
    NTSTATUS status = STATUS_NO_SUCH_DEVICE;
    for (int attempt = 0; attempt < 5; ++attempt) {
        linux_backend::BrokerConnection connection = linux_backend::connect_to_broker();
        if (connection.fd < 0) {
            std::fprintf(stderr, "rtkref: RtkRtssAttach: %s\n", connection.error.c_str());
            return {connection.status, nullptr};
        }
        auto instance = std::make_shared<linux_backend::Instance>(connection.fd);
        bool hung_up = false;
        status = instance->hello(&hung_up);
        if (NT_SUCCESS(status) && holds_a_dead_namespace(instance->epoch())) {
            instance->shutdown();
            std::fprintf(stderr,
                         "rtkref: RtkRtssAttach: the broker of an instance this process still "
                         "holds has died; RtkRtssDetach it before attaching to the new one\n");
            return {STATUS_NO_SUCH_DEVICE, nullptr};
        }
        if (NT_SUCCESS(status)) return {STATUS_SUCCESS, std::move(instance)};
        if (!hung_up) break;
    }
    return {status, nullptr};
}

bool read_caller_memory(void *dst, const void *src, std::size_t size) {
    return linux_backend::read_caller_memory(dst, src, size);
}

bool caller_memory_writable(void *dst, std::size_t size) {
    return linux_backend::caller_memory_writable(dst, size);
}

bool clear_caller_memory(void *dst, std::size_t size) {
    return linux_backend::clear_caller_memory(dst, size);
}

}  // namespace platform
}  // namespace rtkref
