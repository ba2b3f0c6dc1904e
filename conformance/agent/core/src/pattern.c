#include "rtkconf/agent/pattern.h"

uint8_t rtkconf_pattern_byte(uint32_t seed, uint64_t offset) {
    /* xorshift64 of seed ^ offset; the golden-ratio multiply spreads small
     * seeds and offsets so neighbouring bytes and seeds differ. */
    uint64_t x = (((uint64_t)seed << 32) | 0x5bd1e995u) ^ (offset * 0x9E3779B97F4A7C15ull);
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return (uint8_t)(x >> 29);
}
