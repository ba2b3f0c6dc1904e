// The byte pattern `write` lays down and `check` verifies. A pure function
// of (seed, offset), so a peer can check what another peer wrote knowing
// only the seed.
#pragma once

#include <cstdint>

namespace rtkconf::peer {

uint8_t pattern_byte(uint32_t seed, uint64_t offset);

}  // namespace rtkconf::peer
