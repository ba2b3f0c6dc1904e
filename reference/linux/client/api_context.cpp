#include "api_context.h"

#include <pthread.h>

#include <vector>

#include "safe_memory.h"

namespace rtkref::linux_backend {
namespace {

// Handles are per process: a child made by fork() starts with none, and
// must not talk over its parent's connections.
void forget_parent_instances() {
    auto *leaked = new std::vector<std::shared_ptr<Instance>>(registry().forget_all_unlocked());
    for (auto &instance : *leaked) instance->abandon_after_fork();
}
void lock_registry() {
    registry().mutex().lock();
}
void unlock_registry() {
    registry().mutex().unlock();
}

}  // namespace

InstanceRegistry<Instance> &registry() {
    static InstanceRegistry<Instance> *instances = [] {
        // Never destroyed: exported calls may run during static destruction.
        auto *made = new InstanceRegistry<Instance>();
        pthread_atfork(&lock_registry, &unlock_registry, [] {
            unlock_registry();
            forget_parent_instances();
        });
        return made;
    }();
    return *instances;
}

std::shared_ptr<Instance> find_instance(RTSSINST instance) {
    return registry().find(static_cast<uint64_t>(instance));
}

bool writable(void *pointer, std::size_t size) {
    return caller_memory_writable(pointer, size);
}

NameCheck read_name(const UNICODE_STRING *name) {
    return read_object_name(name, &read_caller_memory);
}

}  // namespace rtkref::linux_backend
