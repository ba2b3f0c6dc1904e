// The executor's steps over the fake implementation: what each step calls,
// what it answers, and what a session's end releases.
#include <gtest/gtest.h>

#include "agent_test_support.h"
#include "rtkconf/agent/pattern.h"

namespace rtkconf::agent_test {
namespace {

class AgentSteps : public AgentTest {};

rtkconf_agent_request memory(uint16_t op, uint32_t slot, uint64_t offset, uint64_t length,
                             uint32_t seed = 0) {
    rtkconf_agent_request q = request(op, slot);
    q.offset = offset;
    q.length = length;
    q.seed = seed;
    return q;
}

TEST_F(AgentSteps, HelloNamesVersionPolicyAndLimits) {
    start(RTKCONF_AGENT_ATTACH_SHARED);
    const rtkconf_agent_reply r = run(0, request(RTKCONF_AGENT_OP_HELLO));
    EXPECT_EQ(r.reason, 0u);
    EXPECT_EQ(r.fact[0], RTKCONF_AGENT_PROTOCOL_VERSION);
    EXPECT_EQ(r.fact[1], RTKCONF_AGENT_ATTACH_SHARED);
    EXPECT_EQ(r.fact[2], RTKCONF_AGENT_MAX_RECORDS);
    EXPECT_EQ(r.fact[3], RTKCONF_AGENT_REQUEST_SIZE);
    EXPECT_TRUE(fake_calls().empty());
}

TEST_F(AgentSteps, WrittenPatternIsCheckedAndAWrongSeedIsNot) {
    start(RTKCONF_AGENT_ATTACH_PER_SESSION);
    const rtkconf_agent_reply created = attach_and_create(0, 1, u"obj", 8192);
    ASSERT_EQ(created.status, STATUS_SUCCESS);
    ASSERT_NE(created.location, 0u);
    const rtkconf_agent_reply fresh = run(0, memory(RTKCONF_AGENT_OP_CHECK_ZERO, 1, 0, 0));
    EXPECT_TRUE(fresh.flags & RTKCONF_AGENT_REPLY_OK) << "a new object reads as zero";
    EXPECT_EQ(fresh.length, 8192u) << "length 0: the whole view this session created";
    const rtkconf_agent_reply written = run(0, memory(RTKCONF_AGENT_OP_WRITE, 1, 100, 50, 7));
    EXPECT_EQ(written.reason, 0u);
    EXPECT_EQ(written.fact[0], 50u);
    const auto *view = reinterpret_cast<const unsigned char *>(created.location);
    EXPECT_EQ(view[100], rtkconf_pattern_byte(7, 100)) << "the pattern sits at its offset";
    EXPECT_EQ(view[99], 0u);
    EXPECT_TRUE(run(0, memory(RTKCONF_AGENT_OP_CHECK, 1, 100, 50, 7)).flags &
                RTKCONF_AGENT_REPLY_OK);
    const rtkconf_agent_reply wrong = run(0, memory(RTKCONF_AGENT_OP_CHECK, 1, 100, 50, 8));
    EXPECT_FALSE(wrong.flags & RTKCONF_AGENT_REPLY_OK);
    EXPECT_GT(wrong.fact[0], 40u) << "most bytes differ";
    EXPECT_EQ(wrong.fact[1], 100u + (rtkconf_pattern_byte(7, 100) == rtkconf_pattern_byte(8, 100)))
        << "the first difference";
    const rtkconf_agent_reply zero = run(0, memory(RTKCONF_AGENT_OP_CHECK_ZERO, 1, 90, 20));
    EXPECT_FALSE(zero.flags & RTKCONF_AGENT_REPLY_OK);
    EXPECT_EQ(zero.fact[1], 100u);
    EXPECT_EQ(zero.fact[2], rtkconf_pattern_byte(7, 100));
    EXPECT_EQ(zero.fact[3], 0u);
}

TEST_F(AgentSteps, ResidentAndWritableAskTheHost) {
    start(RTKCONF_AGENT_ATTACH_PER_SESSION);
    attach_and_create(0, 1, u"obj", 3 * 4096);
    const rtkconf_agent_reply resident = run(0, memory(RTKCONF_AGENT_OP_RESIDENT, 1, 0, 0));
    EXPECT_TRUE(resident.flags & RTKCONF_AGENT_REPLY_OK);
    EXPECT_EQ(resident.fact[1], 3u) << "pages";
    EXPECT_TRUE(run(0, memory(RTKCONF_AGENT_OP_WRITABLE_PROBE, 1, 0, 0)).flags &
                RTKCONF_AGENT_REPLY_OK);
    host_.residency = nullptr;
    host_.writable = nullptr;
    EXPECT_EQ(run(0, memory(RTKCONF_AGENT_OP_RESIDENT, 1, 0, 0)).reason, RTKCONF_AGENT_UNSUPPORTED);
    EXPECT_EQ(run(0, memory(RTKCONF_AGENT_OP_WRITABLE_PROBE, 1, 0, 0)).reason,
              RTKCONF_AGENT_UNSUPPORTED);
}

// Ranges the memory steps must refuse without touching memory.
TEST_F(AgentSteps, MemoryStepsOutsideTheViewAreNotCalled) {
    start(RTKCONF_AGENT_ATTACH_PER_SESSION);
    attach_and_create(0, 1, u"obj", 4096);
    const struct {
        uint64_t offset, length;
    } rows[] = {{4096, 1},
                {4000, 97},
                {0, 4097},
                {~uint64_t{0}, 1},
                {1, ~uint64_t{0}},
                {~uint64_t{0} - 4, 8},
                {0x8000000000000000ull, 0x8000000000000000ull}};
    for (std::size_t row = 0; row < std::size(rows); ++row) {
        for (uint16_t op : {RTKCONF_AGENT_OP_WRITE, RTKCONF_AGENT_OP_CHECK}) {
            const rtkconf_agent_reply r = run(0, memory(op, 1, rows[row].offset, rows[row].length));
            EXPECT_EQ(r.reason, RTKCONF_AGENT_NOT_MAPPED) << "row " << row << ", op " << op;
        }
    }
    // Without the host's answer the core trusts only the size it created.
    host_.range_mapped = nullptr;
    EXPECT_EQ(run(0, memory(RTKCONF_AGENT_OP_CHECK, 1, 4000, 97)).reason, RTKCONF_AGENT_NOT_MAPPED);
    EXPECT_EQ(run(0, memory(RTKCONF_AGENT_OP_CHECK, 1, 4000, 96)).reason, 0u);
}

TEST_F(AgentSteps, MemoryStepsNeedASlotAViewAndALength) {
    start(RTKCONF_AGENT_ATTACH_PER_SESSION);
    attach_and_create(0, 1, u"obj", 4096);
    EXPECT_EQ(run(0, memory(RTKCONF_AGENT_OP_CHECK, 9, 0, 1)).reason, RTKCONF_AGENT_NO_SLOT_HELD);
    EXPECT_EQ(run(0, memory(RTKCONF_AGENT_OP_CHECK, RTKCONF_AGENT_NO_SLOT, 0, 1)).reason,
              RTKCONF_AGENT_NO_SLOT_HELD);
    rtkconf_agent_request mutex = named(RTKCONF_AGENT_OP_CREATE, 2, u"m");
    mutex.kind = RTKCONF_AGENT_KIND_MUTEX;
    ASSERT_EQ(run(0, mutex, u"m").status, STATUS_SUCCESS);
    EXPECT_EQ(run(0, memory(RTKCONF_AGENT_OP_CHECK, 2, 0, 1)).reason, RTKCONF_AGENT_NO_VIEW);
    ASSERT_EQ(run(0, named(RTKCONF_AGENT_OP_OPEN, 3, u"obj"), u"obj").status, STATUS_SUCCESS);
    EXPECT_EQ(run(0, memory(RTKCONF_AGENT_OP_CHECK_ZERO, 3, 0, 0)).reason,
              RTKCONF_AGENT_NEEDS_LENGTH)
        << "an opener does not know the size";
    EXPECT_EQ(run(0, memory(RTKCONF_AGENT_OP_CHECK_ZERO, 3, 0, 4096)).reason, 0u);
}

TEST_F(AgentSteps, MissingOptionalExportsAreNamed) {
    start(RTKCONF_AGENT_ATTACH_PER_SESSION, 1, false);
    const rtkconf_agent_reply ex = run(0, request(RTKCONF_AGENT_OP_ATTACH_EX));
    EXPECT_EQ(ex.reason, RTKCONF_AGENT_NOT_EXPORTED);
    EXPECT_EQ(ex.fact[0], RTKCONF_AGENT_FN_ATTACH_EX);
    attach_and_create(0, 1, u"obj");
    const rtkconf_agent_reply unmap = run(0, request(RTKCONF_AGENT_OP_UNMAP, 1));
    EXPECT_EQ(unmap.reason, RTKCONF_AGENT_NOT_EXPORTED);
    EXPECT_EQ(unmap.fact[0], RTKCONF_AGENT_FN_UNMAP);
    const struct {
        uint16_t op;
        uint32_t kind;
        uint32_t fn;
    } rows[] = {
        {RTKCONF_AGENT_OP_CREATE, RTKCONF_AGENT_KIND_MUTEX, RTKCONF_AGENT_FN_CREATE_MUTEX},
        {RTKCONF_AGENT_OP_OPEN, RTKCONF_AGENT_KIND_MUTEX, RTKCONF_AGENT_FN_OPEN_MUTEX},
        {RTKCONF_AGENT_OP_CREATE, RTKCONF_AGENT_KIND_EVENT, RTKCONF_AGENT_FN_CREATE_EVENT},
        {RTKCONF_AGENT_OP_OPEN, RTKCONF_AGENT_KIND_EVENT, RTKCONF_AGENT_FN_OPEN_EVENT},
        {RTKCONF_AGENT_OP_CREATE, RTKCONF_AGENT_KIND_SEMAPHORE, RTKCONF_AGENT_FN_CREATE_SEMAPHORE},
        {RTKCONF_AGENT_OP_OPEN, RTKCONF_AGENT_KIND_SEMAPHORE, RTKCONF_AGENT_FN_OPEN_SEMAPHORE}};
    for (std::size_t row = 0; row < std::size(rows); ++row) {
        rtkconf_agent_request q = named(rows[row].op, 5, u"s");
        q.kind = rows[row].kind;
        const rtkconf_agent_reply r = run(0, q, u"s");
        EXPECT_EQ(r.reason, RTKCONF_AGENT_NOT_EXPORTED) << "row " << row;
        EXPECT_EQ(r.fact[0], rows[row].fn) << "row " << row;
    }
}

// The UNICODE_STRING reaches the implementation exactly as asked.
TEST_F(AgentSteps, MalformedNamesArePassedThrough) {
    start(RTKCONF_AGENT_ATTACH_PER_SESSION);
    ASSERT_EQ(run(0, request(RTKCONF_AGENT_OP_ATTACH)).status, STATUS_SUCCESS);
    const struct {
        uint32_t flags;
        uint16_t length, maximum;
        NTSTATUS expected;
    } rows[] = {
        {RTKCONF_AGENT_FLAG_NAME_LENGTH, 3, 0, STATUS_OBJECT_NAME_INVALID},  // odd, > Maximum
        {RTKCONF_AGENT_FLAG_NAME_LENGTH | RTKCONF_AGENT_FLAG_NAME_MAXIMUM, 8, 4,
         STATUS_OBJECT_NAME_INVALID},
        {RTKCONF_AGENT_FLAG_NAME_NULL_BUFFER, 0, 0, STATUS_INVALID_PARAMETER},
        {RTKCONF_AGENT_FLAG_NAME_LENGTH | RTKCONF_AGENT_FLAG_NAME_MAXIMUM, 65534, 65535,
         STATUS_SUCCESS},  // reads the zero-filled storage past the units
        {RTKCONF_AGENT_FLAG_NAME_NULL, 0, 0, STATUS_SUCCESS},  // unnamed
    };
    for (std::size_t row = 0; row < std::size(rows); ++row) {
        rtkconf_agent_request q =
            named(RTKCONF_AGENT_OP_CREATE, 10 + static_cast<uint32_t>(row), u"name");
        q.size_low = 4096;
        q.flags = rows[row].flags;
        q.name_length = rows[row].length;
        q.name_maximum = rows[row].maximum;
        EXPECT_EQ(run(0, q, u"name").status, rows[row].expected) << "row " << row;
    }
    // Names up to the longest a UNICODE_STRING can count.
    const std::u16string longest(RTKCONF_AGENT_MAX_NAME_UNITS, u'x');
    rtkconf_agent_request q = named(RTKCONF_AGENT_OP_CREATE, 20, longest);
    q.size_low = 4096;
    EXPECT_EQ(run(0, q, longest).status, STATUS_SUCCESS);
}

TEST_F(AgentSteps, NullOutputPointersArePassedThrough) {
    start(RTKCONF_AGENT_ATTACH_PER_SESSION);
    ASSERT_EQ(run(0, request(RTKCONF_AGENT_OP_ATTACH)).status, STATUS_SUCCESS);
    for (uint32_t flag : {RTKCONF_AGENT_FLAG_NULL_HANDLE_PTR, RTKCONF_AGENT_FLAG_NULL_LOCATION}) {
        rtkconf_agent_request q = named(RTKCONF_AGENT_OP_CREATE, 1, u"n");
        q.size_low = 4096;
        q.flags = flag;
        EXPECT_EQ(run(0, q, u"n").status, STATUS_INVALID_PARAMETER) << "flag " << flag;
    }
    EXPECT_EQ(run(0, request(RTKCONF_AGENT_OP_ATTACH_BAD)).status, STATUS_INVALID_PARAMETER);
}

TEST_F(AgentSteps, CloseBySlotAndByRawValue) {
    start(RTKCONF_AGENT_ATTACH_PER_SESSION);
    const rtkconf_agent_reply created = attach_and_create(0, 1, u"obj");
    const rtkconf_agent_reply closed = run(0, request(RTKCONF_AGENT_OP_CLOSE, 1));
    EXPECT_EQ(closed.status, STATUS_SUCCESS);
    EXPECT_EQ(closed.handle, created.handle);
    EXPECT_EQ(run(0, request(RTKCONF_AGENT_OP_CLOSE, 1)).status, STATUS_INVALID_HANDLE)
        << "a stale handle";
    EXPECT_EQ(run(0, request(RTKCONF_AGENT_OP_CLOSE, 2)).reason, RTKCONF_AGENT_NO_SLOT_HELD);
    rtkconf_agent_request raw = request(RTKCONF_AGENT_OP_CLOSE);
    raw.flags = RTKCONF_AGENT_FLAG_RAW_HANDLE;
    raw.raw_handle = 0xDEADBEEF;
    EXPECT_EQ(run(0, raw).status, STATUS_INVALID_HANDLE);
    EXPECT_EQ(run(0, request(RTKCONF_AGENT_OP_UNMAP, 1)).status, STATUS_SUCCESS)
        << "the view outlives its handle";
}

TEST_F(AgentSteps, UnmapInsideTheViewKeepsItMapped) {
    start(RTKCONF_AGENT_ATTACH_PER_SESSION);
    const rtkconf_agent_reply created = attach_and_create(0, 1, u"obj");
    rtkconf_agent_request inside = request(RTKCONF_AGENT_OP_UNMAP, 1);
    inside.offset = 16;
    const rtkconf_agent_reply r = run(0, inside);
    EXPECT_EQ(r.status, STATUS_INVALID_PARAMETER);
    EXPECT_EQ(r.location, created.location + 16);
    EXPECT_EQ(run(0, request(RTKCONF_AGENT_OP_UNMAP, 1)).status, STATUS_SUCCESS);
    EXPECT_EQ(run(0, memory(RTKCONF_AGENT_OP_CHECK_ZERO, 1, 0, 1)).reason, RTKCONF_AGENT_NOT_MAPPED)
        << "an unmapped view is never touched";
}

TEST_F(AgentSteps, ReleaseAllUnmapsAndClosesEverySlot) {
    start(RTKCONF_AGENT_ATTACH_PER_SESSION);
    attach_and_create(0, 1, u"a");
    rtkconf_agent_request b = named(RTKCONF_AGENT_OP_CREATE, 2, u"b");
    b.size_low = 4096;
    run(0, b, u"b");
    run(0, request(RTKCONF_AGENT_OP_CLOSE, 2));
    const rtkconf_agent_reply r = run(0, request(RTKCONF_AGENT_OP_RELEASE_ALL));
    EXPECT_EQ(r.status, STATUS_SUCCESS);
    EXPECT_EQ(r.fact[0], 1u) << "views unmapped (b's handle was closed, its view kept)";
    EXPECT_EQ(r.fact[1], 1u) << "handles closed";
    EXPECT_EQ(r.fact[2], 0u) << "calls failed";
    EXPECT_EQ(fake_counts().handles, 0u);
}

TEST_F(AgentSteps, SessionEndReleasesWhatNoSlotNamesAnyMore) {
    start(RTKCONF_AGENT_ATTACH_PER_SESSION);
    attach_and_create(0, 1, u"first");
    rtkconf_agent_request again = named(RTKCONF_AGENT_OP_CREATE, 1, u"second");  // same slot
    again.size_low = 4096;
    ASSERT_EQ(run(0, again, u"second").status, STATUS_SUCCESS);
    rtkconf_agent_request unslotted = named(RTKCONF_AGENT_OP_CREATE, RTKCONF_AGENT_NO_SLOT, u"x");
    unslotted.kind = RTKCONF_AGENT_KIND_EVENT;
    ASSERT_EQ(run(0, unslotted, u"x").status, STATUS_SUCCESS);
    const rtkconf_agent_reply released = run(0, request(RTKCONF_AGENT_OP_RELEASE_ALL));
    EXPECT_EQ(released.fact[1], 1u) << "release_all closes the slots only, as the peer does";
    EXPECT_EQ(fake_counts().handles, 2u);
    ASSERT_EQ(run(0, request(RTKCONF_AGENT_OP_ATTACH)).status, STATUS_SUCCESS)
        << "a second instance";
    EXPECT_EQ(fake_counts().instances, 2u);
    rtkconf_agent_session_end(sessions_[0]);
    const FakeCounts left = fake_counts();
    EXPECT_EQ(left.handles, 0u);
    EXPECT_EQ(left.views, 0u);
    EXPECT_EQ(left.instances, 0u) << "both instances detached";
    EXPECT_EQ(run(0, request(RTKCONF_AGENT_OP_CLOSE, 1)).reason, RTKCONF_AGENT_NO_SLOT_HELD)
        << "the session starts afresh";
}

TEST_F(AgentSteps, EndSessionStepDoesWhatClosingTheDeviceDoes) {
    start(RTKCONF_AGENT_ATTACH_PER_SESSION);
    attach_and_create(0, 1, u"obj");
    EXPECT_EQ(run(0, request(RTKCONF_AGENT_OP_END_SESSION)).reason, 0u);
    EXPECT_EQ(fake_counts().objects, 0u);
    EXPECT_EQ(fake_counts().instances, 0u);
}

// D6: a detach releases the instance's handles; the session's end does not
// close them a second time.
TEST_F(AgentSteps, SessionEndLeavesADetachedInstanceAlone) {
    start(RTKCONF_AGENT_ATTACH_PER_SESSION);
    attach_and_create(0, 1, u"obj");
    ASSERT_EQ(run(0, request(RTKCONF_AGENT_OP_DETACH)).status, STATUS_SUCCESS);
    EXPECT_EQ(run(0, request(RTKCONF_AGENT_OP_RELEASE_ALL)).fact[3], 1u)
        << "release_all after a detach releases nothing";
    const std::size_t calls = fake_calls().size();
    rtkconf_agent_session_end(sessions_[0]);
    EXPECT_EQ(fake_calls().size(), calls) << "the end made calls: " << fake_calls().back();
}

TEST_F(AgentSteps, SemaphoreCountsAreTheLow32Bits) {
    start(RTKCONF_AGENT_ATTACH_PER_SESSION);
    ASSERT_EQ(run(0, request(RTKCONF_AGENT_OP_ATTACH)).status, STATUS_SUCCESS);
    rtkconf_agent_request q = named(RTKCONF_AGENT_OP_CREATE, 1, u"sem");
    q.kind = RTKCONF_AGENT_KIND_SEMAPHORE;
    q.arg0 = 0x100000002ll;  // InitialCount 2
    q.arg1 = 5;
    EXPECT_EQ(run(0, q, u"sem").status, STATUS_SUCCESS);
    EXPECT_EQ(fake_calls().back(), "RtkCreateSemaphore(0x1000, 0x2)");
}

TEST_F(AgentSteps, AllocationFailuresAreAnswered) {
    start(RTKCONF_AGENT_ATTACH_PER_SESSION);
    // Every allocation from now on fails: a new session cannot open ...
    host_ = fake_host(1);
    EXPECT_EQ(rtkconf_agent_session_open(agent_), nullptr);
    // ... and a session past its first records cannot grow, so it says so
    // before it makes a call it could not record.
    ASSERT_EQ(run(0, request(RTKCONF_AGENT_OP_ATTACH)).status, STATUS_SUCCESS);
    rtkconf_agent_request q = named(RTKCONF_AGENT_OP_CREATE, 0, u"");
    q.kind = RTKCONF_AGENT_KIND_MUTEX;
    uint32_t reason = 0;
    for (uint32_t i = 0; i < 200 && reason == 0; ++i) {
        q.slot = i;
        reason = run(0, q).reason;
    }
    EXPECT_EQ(reason, RTKCONF_AGENT_NO_MEMORY);
    host_ = fake_host(0);
}

TEST_F(AgentSteps, RecordLimitIsAnswered) {
    start(RTKCONF_AGENT_ATTACH_PER_SESSION);
    ASSERT_EQ(run(0, request(RTKCONF_AGENT_OP_ATTACH)).status, STATUS_SUCCESS);
    rtkconf_agent_request q = request(RTKCONF_AGENT_OP_CREATE);
    q.kind = RTKCONF_AGENT_KIND_MUTEX;
    for (uint32_t i = 0; i < RTKCONF_AGENT_MAX_RECORDS; ++i) {
        q.slot = i;
        ASSERT_EQ(run(0, q).status, STATUS_SUCCESS) << "object " << i;
    }
    q.slot = RTKCONF_AGENT_MAX_RECORDS;
    const rtkconf_agent_reply r = run(0, q);
    EXPECT_EQ(r.reason, RTKCONF_AGENT_LIMIT);
    EXPECT_EQ(r.fact[0], RTKCONF_AGENT_MAX_RECORDS);
}

TEST_F(AgentSteps, InstanceLimitIsAnswered) {
    start(RTKCONF_AGENT_ATTACH_PER_SESSION);
    for (uint32_t i = 0; i < RTKCONF_AGENT_MAX_INSTANCES; ++i)
        ASSERT_EQ(run(0, request(RTKCONF_AGENT_OP_ATTACH)).status, STATUS_SUCCESS) << i;
    EXPECT_EQ(run(0, request(RTKCONF_AGENT_OP_ATTACH)).reason, RTKCONF_AGENT_LIMIT);
}

}  // namespace
}  // namespace rtkconf::agent_test
