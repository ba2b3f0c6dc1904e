// One namespace for every kind: the kernel refuses a name held by another
// kind, and the backend reports STATUS_INVALID_HANDLE both ways, for create
// and for open (the seed page; CONFORMANCE.md D4).
#include <string>

#include "peer_process.h"
#include "rtkref/core/object_kind.h"
#include "test_support.h"

namespace rtkref::win32_tests {
namespace {

// The reference's own kinds and their names (rtkref/core/object_kind.h).
using Kind = ObjectKind;
constexpr Kind kKinds[] = {Kind::mutex, Kind::event, Kind::semaphore};

NTSTATUS create_sync(RTSSINST inst, Kind kind, UNICODE_STRING *name, HANDLE *handle) {
    switch (kind) {
        case Kind::mutex:
            return RtkCreateMutex(inst, handle, nullptr, FALSE, name);
        case Kind::event:
            return RtkCreateEvent(inst, handle, nullptr, TRUE, FALSE, name);
        case Kind::semaphore:
            return RtkCreateSemaphore(inst, handle, nullptr, 0, 1, name);
        case Kind::shared_memory:
            break;  // not a sync kind
    }
    return STATUS_UNSUCCESSFUL;
}

NTSTATUS open_sync(RTSSINST inst, Kind kind, UNICODE_STRING *name, HANDLE *handle) {
    switch (kind) {
        case Kind::mutex:
            return RtkOpenMutex(inst, handle, 0, FALSE, name);
        case Kind::event:
            return RtkOpenEvent(inst, handle, 0, FALSE, name);
        case Kind::semaphore:
            return RtkOpenSemaphore(inst, handle, 0, FALSE, name);
        case Kind::shared_memory:
            break;  // not a sync kind
    }
    return STATUS_UNSUCCESSFUL;
}

using OneNamespace = Attached;

TEST_F(OneNamespace, SyncKindOnSharedMemoryNameIsInvalidHandle) {
    for (Kind kind : kKinds) {
        RtkName name(unique_name("shm-first"));
        HANDLE shm = nullptr;
        void *location = nullptr;
        ASSERT_STATUS(STATUS_SUCCESS,
                      RtkCreateSharedMemory(inst_, &shm, 0, 0, 4096, name.get(), &location));
        HANDLE other = nullptr;
        EXPECT_STATUS(STATUS_INVALID_HANDLE, create_sync(inst_, kind, name.get(), &other))
            << kind_name(kind) << " create";
        EXPECT_STATUS(STATUS_INVALID_HANDLE, open_sync(inst_, kind, name.get(), &other))
            << kind_name(kind) << " open";
        EXPECT_EQ(nullptr, other) << kind_name(kind);
    }
}

TEST_F(OneNamespace, SharedMemoryOnSyncKindNameIsInvalidHandle) {
    for (Kind kind : kKinds) {
        RtkName name(unique_name("sync-first"));
        HANDLE sync = nullptr;
        ASSERT_STATUS(STATUS_SUCCESS, create_sync(inst_, kind, name.get(), &sync));
        HANDLE shm = nullptr;
        void *location = nullptr;
        EXPECT_STATUS(STATUS_INVALID_HANDLE,
                      RtkCreateSharedMemory(inst_, &shm, 0, 0, 4096, name.get(), &location))
            << kind_name(kind) << " create";
        EXPECT_STATUS(STATUS_INVALID_HANDLE,
                      RtkOpenSharedMemory(inst_, &shm, SHM_MAP_WRITE, FALSE, name.get(), &location))
            << kind_name(kind) << " open";
        EXPECT_EQ(nullptr, location) << kind_name(kind);
    }
}

TEST_F(OneNamespace, SyncKindsRefuseEachOthersNames) {
    for (Kind holder : kKinds) {
        for (Kind other : kKinds) {
            if (holder == other) continue;
            RtkName name(unique_name("sync-sync"));
            HANDLE held = nullptr;
            HANDLE got = nullptr;
            ASSERT_STATUS(STATUS_SUCCESS, create_sync(inst_, holder, name.get(), &held));
            EXPECT_STATUS(STATUS_INVALID_HANDLE, create_sync(inst_, other, name.get(), &got))
                << kind_name(holder) << " held, " << kind_name(other) << " created";
        }
    }
}

// D3 for the sync kinds: create on an existing name of the same kind opens it.
TEST_F(OneNamespace, CreateOnExistingSameKindSucceeds) {
    for (Kind kind : kKinds) {
        RtkName name(unique_name("same"));
        HANDLE first = nullptr;
        HANDLE second = nullptr;
        ASSERT_STATUS(STATUS_SUCCESS, create_sync(inst_, kind, name.get(), &first));
        EXPECT_STATUS(STATUS_SUCCESS, create_sync(inst_, kind, name.get(), &second))
            << kind_name(kind);
        EXPECT_NE(first, second) << kind_name(kind) << ": each call gets its own handle";
    }
}

// The kernel keeps the namespace, not this process: another process's
// object blocks the name too.
TEST_F(OneNamespace, NameHeldByAnotherProcessBlocksOtherKinds) {
    const std::string shm_name = to_utf8(unique_name("peer-shm"));
    PeerProcess shm_holder({"hold", "shm", shm_name, "4096", "0"});
    ASSERT_EQ("ready 0x00000000", shm_holder.read_line());
    const std::string mutex_name = to_utf8(unique_name("peer-mutex"));
    PeerProcess mutex_holder({"hold", "mutex", mutex_name});
    ASSERT_EQ("ready 0x00000000", mutex_holder.read_line());

    RtkName shm(from_utf8(shm_name));
    RtkName mutex(from_utf8(mutex_name));
    HANDLE handle = nullptr;
    void *location = nullptr;
    EXPECT_STATUS(STATUS_INVALID_HANDLE, RtkCreateMutex(inst_, &handle, nullptr, FALSE, shm.get()));
    EXPECT_STATUS(STATUS_INVALID_HANDLE, RtkOpenMutex(inst_, &handle, 0, FALSE, shm.get()));
    EXPECT_STATUS(STATUS_INVALID_HANDLE,
                  RtkCreateSharedMemory(inst_, &handle, 0, 0, 4096, mutex.get(), &location));
    EXPECT_STATUS(STATUS_INVALID_HANDLE, RtkOpenSharedMemory(inst_, &handle, SHM_MAP_WRITE, FALSE,
                                                             mutex.get(), &location));
    shm_holder.send_line("exit");
    mutex_holder.send_line("exit");
    EXPECT_EQ(0, shm_holder.wait());
    EXPECT_EQ(0, mutex_holder.wait());
}

}  // namespace
}  // namespace rtkref::win32_tests
