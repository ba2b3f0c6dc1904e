/*
 * pattern.h: the byte pattern the write step lays down and the check step
 * expects, for the peer and the agent alike.  A pure function of (seed,
 * offset), so a process or a driver can check what another wrote knowing
 * only the seed.
 */
#ifndef RTKCONF_AGENT_PATTERN_H
#define RTKCONF_AGENT_PATTERN_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

uint8_t rtkconf_pattern_byte(uint32_t seed, uint64_t offset);

/* The same function, inline: the write and check steps call it for every
 * byte of ranges of up to gigabytes, where a call per byte cost more than
 * the byte's arithmetic. */
static inline uint8_t rtkconf_pattern_byte_inline(uint32_t seed, uint64_t offset) {
    /* xorshift64 of seed ^ offset; the golden-ratio multiply spreads small
     * seeds and offsets so neighbouring bytes and seeds differ. */
    uint64_t x = (((uint64_t)seed << 32) | 0x5bd1e995u) ^ (offset * 0x9E3779B97F4A7C15ull);
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return (uint8_t)(x >> 29);
}

#ifdef __cplusplus
}
#endif

#endif /* RTKCONF_AGENT_PATTERN_H */
