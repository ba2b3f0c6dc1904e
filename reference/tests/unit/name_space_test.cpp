// The one namespace: kinds collide, existing names open, last release
// destroys.
#include "rtkref/core/name_space.h"

#include <gtest/gtest.h>

#include "test_backing.h"

namespace rtkref {
namespace {

using testing::g_live_backings;

class NameSpaceTest : public ::testing::Test {
  protected:
    NameSpace names{&testing::make_counted_backing};
};

TEST_F(NameSpaceTest, CreateOnExistingNameOpensItWithTheCreatorsSize) {
    Acquired first = names.create(ObjectKind::shared_memory, u"a", 4096);
    Acquired second = names.create(ObjectKind::shared_memory, u"a", 65536);
    ASSERT_EQ(first.status, STATUS_SUCCESS);
    ASSERT_EQ(second.status, STATUS_OBJECT_NAME_EXISTS) << "an existing object is no new one";
    EXPECT_EQ(first.object, second.object);
    EXPECT_EQ(second.object->size, 4096u);
    EXPECT_EQ(g_live_backings, 1);
}

TEST_F(NameSpaceTest, EveryKindPairCollides) {
    const ObjectKind kinds[] = {ObjectKind::shared_memory, ObjectKind::mutex, ObjectKind::event,
                                ObjectKind::semaphore};
    for (ObjectKind holder : kinds) {
        for (ObjectKind other : kinds) {
            if (holder == other) continue;
            NameSpace fresh{&testing::make_counted_backing};
            ASSERT_EQ(fresh.create(holder, u"n", 16).status, STATUS_SUCCESS);
            EXPECT_EQ(fresh.create(other, u"n", 16).status, STATUS_INVALID_HANDLE)
                << kind_name(other) << " on a " << kind_name(holder) << "'s name";
            EXPECT_EQ(fresh.open(other, u"n").status, STATUS_INVALID_HANDLE)
                << "open " << kind_name(other) << " on a " << kind_name(holder) << "'s name";
        }
    }
}

TEST_F(NameSpaceTest, NamesAreCaseSensitive) {
    Acquired upper = names.create(ObjectKind::shared_memory, u"Abc", 16);
    Acquired lower = names.create(ObjectKind::shared_memory, u"abc", 16);
    EXPECT_NE(upper.object, lower.object);
}

TEST_F(NameSpaceTest, UnnamedObjectsAreAlwaysDistinct) {
    Acquired a = names.create(ObjectKind::shared_memory, std::nullopt, 16);
    Acquired b = names.create(ObjectKind::shared_memory, std::nullopt, 16);
    EXPECT_NE(a.object, b.object);
    EXPECT_EQ(g_live_backings, 2);
}

TEST_F(NameSpaceTest, OpenOfMissingNameFails) {
    EXPECT_EQ(names.open(ObjectKind::shared_memory, u"missing").status,
              STATUS_OBJECT_NAME_NOT_FOUND);
}

TEST_F(NameSpaceTest, LastReleaseDestroysAndFreesTheName) {
    Acquired a = names.create(ObjectKind::shared_memory, u"x", 16);
    Acquired b = names.open(ObjectKind::shared_memory, u"x");
    const uint64_t id = a.object->id;
    names.release(id);
    EXPECT_EQ(names.open(ObjectKind::shared_memory, u"x").status, STATUS_SUCCESS);
    names.release(id);
    names.release(id);
    EXPECT_EQ(names.object_count(), 0u);
    EXPECT_EQ(g_live_backings, 0);
    EXPECT_EQ(names.open(ObjectKind::shared_memory, u"x").status, STATUS_OBJECT_NAME_NOT_FOUND);
    (void)b;
}

TEST_F(NameSpaceTest, FailedBackingLeavesNoObjectBehind) {
    testing::g_fail_next_backing = true;
    EXPECT_EQ(names.create(ObjectKind::shared_memory, u"y", 16).status,
              STATUS_INSUFFICIENT_RESOURCES);
    EXPECT_EQ(names.object_count(), 0u);
    EXPECT_EQ(names.open(ObjectKind::shared_memory, u"y").status, STATUS_OBJECT_NAME_NOT_FOUND);
}

}  // namespace
}  // namespace rtkref
