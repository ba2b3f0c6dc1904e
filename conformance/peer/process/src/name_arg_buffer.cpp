#include "name_arg_buffer.h"

#include <algorithm>

namespace rtkconf::peer {

NameArgBuffer::NameArgBuffer(const NameArg &name) : null_pointer_(name.null_pointer) {
    const std::size_t natural_bytes = name.units.size() * sizeof(WCHAR);
    const auto length = name.length ? *name.length : static_cast<USHORT>(natural_bytes);
    const auto maximum = name.maximum_length ? *name.maximum_length : length;
    // Room for the units and for whatever either length claims (+1 unit for
    // an odd byte count), zero-filled beyond the units.
    const std::size_t bytes =
        std::max<std::size_t>({natural_bytes, length, maximum}) + sizeof(WCHAR);
    storage_.assign(bytes / sizeof(WCHAR) + 1, WCHAR{0});
    std::copy(name.units.begin(), name.units.end(), storage_.begin());
    string_.Length = length;
    string_.MaximumLength = maximum;
    string_.Buffer = name.null_buffer ? nullptr : storage_.data();
}

}  // namespace rtkconf::peer
