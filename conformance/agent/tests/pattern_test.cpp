// The write/check pattern: deterministic, and different enough across
// seeds and offsets that a shifted or stale view cannot pass a check.
#include <gtest/gtest.h>

#include "pattern.h"

namespace {

using rtkconf::peer::pattern_byte;

TEST(Pattern, SameSeedAndOffsetGiveTheSameByte) {
    EXPECT_EQ(pattern_byte(7, 12345), pattern_byte(7, 12345));
}

TEST(Pattern, NeighbouringSeedsAndOffsetsDifferMostly) {
    int same_as_next_offset = 0, same_as_next_seed = 0, zero = 0;
    for (uint64_t offset = 0; offset < 4096; ++offset) {
        same_as_next_offset += pattern_byte(1, offset) == pattern_byte(1, offset + 1);
        same_as_next_seed += pattern_byte(1, offset) == pattern_byte(2, offset);
        zero += pattern_byte(1, offset) == 0;
    }
    // About 1/256 by chance; far more means a shifted view could pass.
    EXPECT_LT(same_as_next_offset, 64);
    EXPECT_LT(same_as_next_seed, 64);
    EXPECT_LT(zero, 64);
}

TEST(Pattern, OffsetPastFourGibibytesIsNotAliased) {
    EXPECT_NE(pattern_byte(3, 0) | (pattern_byte(3, 1) << 8),
              pattern_byte(3, 1ull << 32) | (pattern_byte(3, (1ull << 32) + 1) << 8));
}

}  // namespace
