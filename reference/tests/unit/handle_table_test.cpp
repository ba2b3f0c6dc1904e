// Handle values: never reused, and classified as closed vs foreign.
#include "rtkref/core/handle_table.h"

#include <gtest/gtest.h>

#include <set>

namespace rtkref {
namespace {

TEST(HandleTable, ValuesAreNeverReused) {
    HandleTable<int> table(7);
    std::set<uint64_t> seen;
    for (int i = 0; i < 1000; ++i) {
        const uint64_t handle = table.insert(i);
        EXPECT_TRUE(seen.insert(handle).second) << "reused " << handle;
        table.erase(handle);
    }
}

TEST(HandleTable, ValuesAreNonZeroAndMultiplesOfFour) {
    HandleTable<int> table(1);
    const uint64_t handle = table.insert(1);
    EXPECT_NE(handle, 0u);
    EXPECT_EQ(handle % 4, 0u);
}

TEST(HandleTable, ClassifiesLiveClosedAndForeign) {
    HandleTable<int> mine(3);
    HandleTable<int> other(4);
    const uint64_t kept = mine.insert(1);
    const uint64_t closed = mine.insert(2);
    const uint64_t theirs = other.insert(3);
    ASSERT_TRUE(mine.erase(closed).has_value());
    EXPECT_EQ(mine.classify(kept), HandleState::live);
    EXPECT_EQ(mine.classify(closed), HandleState::closed);
    EXPECT_EQ(mine.classify(theirs), HandleState::foreign);
    EXPECT_EQ(mine.classify(0xDEADBEEF), HandleState::foreign);
    EXPECT_EQ(mine.classify(closed + 4), HandleState::foreign) << "never issued yet";
    EXPECT_EQ(mine.classify(kept | 1), HandleState::foreign);
}

TEST(HandleTable, EraseTwiceFailsTheSecondTime) {
    HandleTable<int> table(2);
    const uint64_t handle = table.insert(42);
    EXPECT_EQ(table.erase(handle), 42);
    EXPECT_FALSE(table.erase(handle).has_value());
}

TEST(HandleTable, TakeAllEmptiesTheTable) {
    HandleTable<int> table(2);
    table.insert(1);
    table.insert(2);
    EXPECT_EQ(table.take_all().size(), 2u);
    EXPECT_EQ(table.size(), 0u);
}

TEST(HandleTable, RefusesNewHandlesOnceTheSerialsRunOutInsteadOfWrappingIntoTheTag) {
    constexpr uint32_t kTag = 5;
    HandleTable<int> table(kTag, HandleTable<int>::kSerialLimit - 2);
    const uint64_t second_last = table.insert(1);
    const uint64_t last = table.insert(2);
    EXPECT_EQ(second_last >> 32, kTag);
    EXPECT_EQ(last >> 32, kTag) << "the last serial must stay out of the tag bits";
    EXPECT_NE(second_last, last);
    EXPECT_EQ(table.insert(3), 0u) << "no serial left: refused, not wrapped";
    EXPECT_EQ(table.size(), 2u);
    EXPECT_EQ(table.classify(last), HandleState::live);
}

}  // namespace
}  // namespace rtkref
