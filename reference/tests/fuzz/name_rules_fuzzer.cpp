// libFuzzer target: a caller's UNICODE_STRING read the way the exported
// functions read it. The input is the header (Length, MaximumLength and
// where Buffer points) followed by the memory Buffer may point into;
// memory outside the input is "unreadable", as a wild pointer would be.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "rtkref/core/name_rules.h"

namespace {

const uint8_t *g_memory = nullptr;
std::size_t g_memory_size = 0;

bool read_fuzzed_memory(void *dst, const void *src, std::size_t n) {
    const auto *from = static_cast<const uint8_t *>(src);
    const auto begin = reinterpret_cast<uintptr_t>(g_memory);
    const auto at = reinterpret_cast<uintptr_t>(from);
    if (from == nullptr || at < begin || at - begin > g_memory_size ||
        n > g_memory_size - (at - begin)) {
        return false;
    }
    std::memcpy(dst, from, n);
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, std::size_t size) {
    constexpr std::size_t kHeader = 2 + 2 + 4;  // Length, MaximumLength, Buffer offset
    if (size < kHeader) return 0;
    uint16_t length, maximum;
    uint32_t offset;
    std::memcpy(&length, data, 2);
    std::memcpy(&maximum, data + 2, 2);
    std::memcpy(&offset, data + 4, 4);
    g_memory = data + kHeader;
    g_memory_size = size - kHeader;
    UNICODE_STRING name{};
    name.Length = length;
    name.MaximumLength = maximum;
    // Offset 0xFFFFFFFF stands for a NULL Buffer; others may point past
    // the end, which the reader must refuse rather than touch.
    name.Buffer = offset == 0xFFFFFFFFu
                      ? nullptr
                      : reinterpret_cast<decltype(name.Buffer)>(
                            reinterpret_cast<uintptr_t>(g_memory) + (offset % 4096));
    const UNICODE_STRING *argument = (length == 0xFFFF && maximum == 0xFFFF) ? nullptr : &name;
    const rtkref::NameCheck checked = rtkref::read_object_name(argument, &read_fuzzed_memory);
    if (checked.fault == rtkref::NameFault::none && checked.name) {
        if (checked.name->empty() || checked.name->size() > RTK_MAX_NAME_UNITS) std::abort();
        if (checked.name->find(u'\\') != std::u16string::npos) std::abort();
        if (rtkref::check_name_units(*checked.name) != rtkref::NameFault::none) std::abort();
    }
    if (checked.fault != rtkref::NameFault::none && checked.name) std::abort();
    if ((rtkref::status_of(checked.fault) == STATUS_SUCCESS) !=
        (checked.fault == rtkref::NameFault::none)) {
        std::abort();
    }
    return 0;
}
