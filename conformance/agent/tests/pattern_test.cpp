// The write/check pattern: deterministic, and different enough across
// seeds and offsets that a shifted or stale view cannot pass a check.
#include <gtest/gtest.h>

#include "rtkconf/agent/pattern.h"

namespace {

TEST(Pattern, SameSeedAndOffsetGiveTheSameByte) {
    EXPECT_EQ(rtkconf_pattern_byte(7, 12345), rtkconf_pattern_byte(7, 12345));
}

TEST(Pattern, NeighbouringSeedsAndOffsetsDifferMostly) {
    int same_as_next_offset = 0, same_as_next_seed = 0, zero = 0;
    for (uint64_t offset = 0; offset < 4096; ++offset) {
        same_as_next_offset +=
            rtkconf_pattern_byte(1, offset) == rtkconf_pattern_byte(1, offset + 1);
        same_as_next_seed += rtkconf_pattern_byte(1, offset) == rtkconf_pattern_byte(2, offset);
        zero += rtkconf_pattern_byte(1, offset) == 0;
    }
    // About 1/256 by chance; far more means a shifted view could pass.
    EXPECT_LT(same_as_next_offset, 64);
    EXPECT_LT(same_as_next_seed, 64);
    EXPECT_LT(zero, 64);
}

TEST(Pattern, OffsetPastFourGibibytesIsNotAliased) {
    EXPECT_NE(
        rtkconf_pattern_byte(3, 0) | (rtkconf_pattern_byte(3, 1) << 8),
        rtkconf_pattern_byte(3, 1ull << 32) | (rtkconf_pattern_byte(3, (1ull << 32) + 1) << 8));
}

// The values are part of the protocol: a driver and a process built apart
// must agree on them, so a change of the function is a new protocol.
TEST(Pattern, ValuesArePinned) {
    EXPECT_EQ(rtkconf_pattern_byte(0, 0), 0x8c);
    EXPECT_EQ(rtkconf_pattern_byte(1, 0), 0x84);
    EXPECT_EQ(rtkconf_pattern_byte(7, 12345), 0xd2);
    EXPECT_EQ(rtkconf_pattern_byte(0xFFFFFFFFu, ~uint64_t{0}), 0xf8);
}

}  // namespace
