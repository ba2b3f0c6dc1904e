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

}  // namespace
}  // namespace rtkref
