// The four kinds of object that share the one namespace.
#pragma once

#include <cstdint>

namespace rtkref {

enum class ObjectKind : uint8_t { shared_memory = 1, mutex = 2, event = 3, semaphore = 4 };

constexpr bool is_valid_kind(uint8_t raw) {
    return raw >= 1 && raw <= 4;
}

constexpr const char *kind_name(ObjectKind kind) {
    switch (kind) {
        case ObjectKind::shared_memory:
            return "shared memory";
        case ObjectKind::mutex:
            return "mutex";
        case ObjectKind::event:
            return "event";
        case ObjectKind::semaphore:
            return "semaphore";
    }
    return "unknown";
}

}  // namespace rtkref
