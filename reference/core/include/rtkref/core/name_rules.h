// Validation of object names (CONFORMANCE.md D1, D2), shared by every
// backend and by the broker, which re-checks what clients send.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "rtk/RtkTypes.h"

namespace rtkref {

enum class NameFault { none, malformed, unreadable, too_long, backslash };

NTSTATUS status_of(NameFault fault);

// Copies `n` bytes from caller memory without faulting; false when the
// memory is not readable. Provided by the platform layer.
using ReadMemoryFn = bool (*)(void *dst, const void *src, std::size_t n);

struct NameCheck {
    NameFault fault = NameFault::none;
    std::optional<std::u16string> name;  // nullopt: the object is unnamed
};

// The rules of a name's code units alone: length and backslash.
NameFault check_name_units(std::u16string_view units);

// Reads and validates a caller's UNICODE_STRING. NULL and empty names mean
// "unnamed"; a malformed or unreadable structure is a fault.
NameCheck read_object_name(const UNICODE_STRING *name, ReadMemoryFn read_memory);

}  // namespace rtkref
