#include "wide_name.h"

#include <algorithm>

namespace rtkconf::peer {

WideName::WideName(const NameArg &name) {
    if (name.null_pointer) {
        null_ = true;
        return;
    }
    const std::size_t natural = name.units.size() * 2;
    const std::size_t length = name.length ? *name.length : natural;
    const std::size_t maximum = name.maximum_length ? *name.maximum_length : length;
    if (name.null_buffer) {
        why_ = "a UNICODE_STRING with a NULL Buffer has no NUL-terminated form";
    } else if (length % 2 != 0 || length > maximum || length > natural) {
        why_ = "a malformed UNICODE_STRING (Length " + std::to_string(length) + ", MaximumLength " +
               std::to_string(maximum) + ") has no NUL-terminated form";
    }
    if (!why_.empty()) return;
    storage_.assign(name.units.begin(), name.units.begin() + static_cast<long>(length / 2));
    if (std::find(storage_.begin(), storage_.end(), WCHAR{0}) != storage_.end()) {
        why_ = "a NUL-terminated name cannot hold a NUL";
        return;
    }
    storage_.push_back(WCHAR{0});
}

}  // namespace rtkconf::peer
