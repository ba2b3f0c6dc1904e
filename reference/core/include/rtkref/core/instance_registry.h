// The process's attached instances. An RTSSINST is a key into this table,
// never a pointer, so a forged or stale value is refused, not dereferenced.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <vector>

namespace rtkref {

template <class Instance>
class InstanceRegistry {
  public:
    static constexpr uint64_t kSerialMask = 0xFFFFFFu;  // below the salt

    InstanceRegistry() = default;
    // Tests start near the wrap of the serial.
    explicit InstanceRegistry(uint64_t last_serial) : serial_(last_serial) {}

    uint64_t add(std::shared_ptr<Instance> instance) {
        std::lock_guard lock(mutex_);
        // A recognisable top, a per-process random middle and a serial:
        // small integers, pointers and other processes' values all miss.
        // The serial wraps within its own bits (never into the salt) and
        // skips keys still live, so two instances never share a key.
        uint64_t key;
        do {
            serial_ = (serial_ + 1) & kSerialMask;
            if (serial_ == 0) serial_ = 1;
            key = 0x5254000000000000ull | salt_ | serial_;
        } while (instances_.count(key) != 0);
        instances_.emplace(key, std::move(instance));
        return key;
    }

    std::shared_ptr<Instance> find(uint64_t key) const {
        std::lock_guard lock(mutex_);
        auto it = instances_.find(key);
        return it == instances_.end() ? nullptr : it->second;
    }

    std::shared_ptr<Instance> remove(uint64_t key) {
        std::lock_guard lock(mutex_);
        auto it = instances_.find(key);
        if (it == instances_.end()) return nullptr;
        auto instance = std::move(it->second);
        instances_.erase(it);
        return instance;
    }

    // Calls `visit` with every instance, under the registry's lock.
    template <class Visit>
    void for_each(Visit visit) const {
        std::lock_guard lock(mutex_);
        for (const auto &entry : instances_) visit(*entry.second);
    }

    // After fork() in the child: the parent's instances are not the
    // child's (handles are per process). Locks another thread held at the
    // fork are abandoned with the leaked instances, never taken again.
    std::vector<std::shared_ptr<Instance>> forget_all_unlocked() {
        std::vector<std::shared_ptr<Instance>> all;
        for (auto &entry : instances_) all.push_back(std::move(entry.second));
        instances_.clear();
        return all;
    }

    std::mutex &mutex() { return mutex_; }

  private:
    static uint64_t random_salt() {
        std::random_device device;
        return (uint64_t{device()} & 0xFFFFFFu) << 24;
    }

    mutable std::mutex mutex_;
    const uint64_t salt_ = random_salt();
    uint64_t serial_ = 0;
    std::map<uint64_t, std::shared_ptr<Instance>> instances_;
};

}  // namespace rtkref
