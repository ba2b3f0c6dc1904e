// A table of handles whose values are never reused (CONFORMANCE.md,
// "Handles and close"): a value encodes the table's tag and a serial, so a
// stale handle can never reach a newer object, and a value can be told
// apart as "closed here before" or "never issued here". When the serials
// run out the table refuses new handles rather than reuse a value.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace rtkref {

enum class HandleState { live, closed, foreign };

template <class T>
class HandleTable {
  public:
    // Serials fill bits 2..31 of a handle; the tag owns the upper half.
    static constexpr uint64_t kSerialLimit = uint64_t{1} << 30;

    // `tag` must be non-zero and unique among the tables of one namespace.
    // `first_serial` lets tests start near the end of the serials.
    explicit HandleTable(uint32_t tag, uint64_t first_serial = 1)
        : tag_(tag), next_serial_(first_serial) {}

    // The new handle, or 0 once every serial has been issued.
    uint64_t insert(T value) {
        if (next_serial_ >= kSerialLimit) return 0;
        const uint64_t handle = (uint64_t{tag_} << 32) | (next_serial_++ << 2);
        entries_.emplace(handle, std::move(value));
        return handle;
    }

    T *find(uint64_t handle) {
        auto it = entries_.find(handle);
        return it == entries_.end() ? nullptr : &it->second;
    }

    std::optional<T> erase(uint64_t handle) {
        auto it = entries_.find(handle);
        if (it == entries_.end()) return std::nullopt;
        std::optional<T> value{std::move(it->second)};
        entries_.erase(it);
        return value;
    }

    HandleState classify(uint64_t handle) const {
        if (entries_.count(handle) != 0) return HandleState::live;
        const uint64_t serial = (handle & 0xFFFFFFFFu) >> 2;
        const bool ours = (handle >> 32) == tag_ && (handle & 3u) == 0;
        return ours && serial >= 1 && serial < next_serial_ ? HandleState::closed
                                                            : HandleState::foreign;
    }

    // Empties the table, handing back every live value (process exit,
    // detach).
    std::vector<std::pair<uint64_t, T>> take_all() {
        std::vector<std::pair<uint64_t, T>> all(std::make_move_iterator(entries_.begin()),
                                                std::make_move_iterator(entries_.end()));
        entries_.clear();
        return all;
    }

    std::size_t size() const { return entries_.size(); }
    uint32_t tag() const { return tag_; }

  private:
    uint32_t tag_;
    uint64_t next_serial_;
    std::map<uint64_t, T> entries_;
};

}  // namespace rtkref
