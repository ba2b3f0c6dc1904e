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

#ifdef __cplusplus
}
#endif

#endif /* RTKCONF_AGENT_PATTERN_H */
