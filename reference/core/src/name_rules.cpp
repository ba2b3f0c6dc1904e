#include "rtkref/core/name_rules.h"

namespace rtkref {

NTSTATUS status_of(NameFault fault) {
    switch (fault) {
        case NameFault::none:
            return STATUS_SUCCESS;
        case NameFault::malformed:
        case NameFault::unreadable:
            return STATUS_INVALID_PARAMETER;
        case NameFault::too_long:
            return STATUS_NAME_TOO_LONG;
        case NameFault::backslash:
            return STATUS_OBJECT_NAME_INVALID;
    }
    return STATUS_INVALID_PARAMETER;
}

NameFault check_name_units(std::u16string_view units) {
    if (units.size() > RTK_MAX_NAME_UNITS) return NameFault::too_long;
    if (units.find(u'\\') != std::u16string_view::npos) return NameFault::backslash;
    return NameFault::none;
}

NameCheck read_object_name(const UNICODE_STRING *name, ReadMemoryFn read_memory) {
    if (name == nullptr) return {};
    UNICODE_STRING header{};
    if (!read_memory(&header, name, sizeof header)) return {NameFault::unreadable, {}};
    if (header.Length % 2 != 0 || header.Length > header.MaximumLength ||
        (header.Buffer == nullptr && header.Length > 0)) {
        return {NameFault::malformed, {}};
    }
    if (header.Length == 0) return {};  // D2: an empty name is no name
    // The length limit is checked before copying so an oversized request
    // never makes us read more than the limit allows.
    if (header.Length / 2 > RTK_MAX_NAME_UNITS) return {NameFault::too_long, {}};
    std::u16string units(header.Length / 2, u'\0');
    if (!read_memory(units.data(), header.Buffer, header.Length)) {
        return {NameFault::unreadable, {}};
    }
    if (NameFault fault = check_name_units(units); fault != NameFault::none) return {fault, {}};
    return {NameFault::none, std::move(units)};
}

}  // namespace rtkref
