// RTSSINST values: only what attach returned is accepted.
#include "rtkref/core/instance_registry.h"

#include <gtest/gtest.h>

namespace rtkref {
namespace {

TEST(InstanceRegistry, FindsOnlyRegisteredKeys) {
    InstanceRegistry<int> registry;
    const uint64_t key = registry.add(std::make_shared<int>(5));
    EXPECT_NE(key, 0u);
    ASSERT_NE(registry.find(key), nullptr);
    EXPECT_EQ(*registry.find(key), 5);
    EXPECT_EQ(registry.find(0), nullptr);
    EXPECT_EQ(registry.find(1), nullptr);
    EXPECT_EQ(registry.find(key + 1), nullptr);
}

TEST(InstanceRegistry, RemovedKeyIsRefused) {
    InstanceRegistry<int> registry;
    const uint64_t key = registry.add(std::make_shared<int>(1));
    EXPECT_NE(registry.remove(key), nullptr);
    EXPECT_EQ(registry.find(key), nullptr);
    EXPECT_EQ(registry.remove(key), nullptr);
}

TEST(InstanceRegistry, EachAttachGetsItsOwnKey) {
    InstanceRegistry<int> registry;
    EXPECT_NE(registry.add(std::make_shared<int>(1)), registry.add(std::make_shared<int>(2)));
}

TEST(InstanceRegistry, SerialWrapsWithinItsBitsInsteadOfIntoTheSalt) {
    // Two attaches before the wrap; the third wraps to serial 1.
    InstanceRegistry<int> registry(InstanceRegistry<int>::kSerialMask - 2);
    const uint64_t before = registry.add(std::make_shared<int>(1));
    const uint64_t last = registry.add(std::make_shared<int>(2));
    const uint64_t wrapped = registry.add(std::make_shared<int>(3));
    const uint64_t salt_and_top = ~InstanceRegistry<int>::kSerialMask;
    EXPECT_EQ(before & salt_and_top, last & salt_and_top);
    EXPECT_EQ(wrapped & salt_and_top, last & salt_and_top) << "the wrap reached the salt bits";
    EXPECT_EQ(wrapped & InstanceRegistry<int>::kSerialMask, 1u);
}

}  // namespace
}  // namespace rtkref
