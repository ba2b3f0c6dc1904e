#include "rtkconf/agent/pattern.h"

uint8_t rtkconf_pattern_byte(uint32_t seed, uint64_t offset) {
    return rtkconf_pattern_byte_inline(seed, offset);
}
