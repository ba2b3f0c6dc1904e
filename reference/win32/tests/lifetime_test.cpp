// An object lives while any process holds a handle: the last close, in
// either order, or the end of the last holder destroys it (seed page,
// "Remarks"; D5; the open page: the system closes a process's handles when
// it terminates).
#include "peer_process.h"
#include "test_support.h"

namespace rtkref::win32_tests {
namespace {

using Lifetime = Attached;

NTSTATUS open_shm(RTSSINST inst, RtkName &name, HANDLE *handle) {
    void *location = nullptr;
    return RtkOpenSharedMemory(inst, handle, SHM_MAP_WRITE, FALSE, name.get(), &location);
}

TEST_F(Lifetime, LastCloseDestroysWhenTheCreatorClosesFirst) {
    const std::string name_text = to_utf8(unique_name("creator-first"));
    PeerProcess peer({"hold", "shm", name_text, "4096", "1"});
    ASSERT_EQ("ready 0x00000000", peer.read_line());
    RtkName name(from_utf8(name_text));
    HANDLE mine = nullptr;
    ASSERT_STATUS(STATUS_SUCCESS, open_shm(inst_, name, &mine));
    peer.send_line("close");
    ASSERT_EQ("closed 0x00000000", peer.read_line());
    HANDLE probe = nullptr;
    EXPECT_STATUS(STATUS_SUCCESS, open_shm(inst_, name, &probe)) << "destroyed while held";
    EXPECT_STATUS(STATUS_SUCCESS, RtkCloseHandle(inst_, probe));
    EXPECT_STATUS(STATUS_SUCCESS, RtkCloseHandle(inst_, mine));
    EXPECT_STATUS(STATUS_OBJECT_NAME_NOT_FOUND, open_shm(inst_, name, &probe));
    peer.send_line("exit");
    EXPECT_EQ(0, peer.wait());
}

TEST_F(Lifetime, LastCloseDestroysWhenTheOpenerClosesFirst) {
    const std::string name_text = to_utf8(unique_name("opener-first"));
    PeerProcess peer({"hold", "shm", name_text, "4096", "1"});
    ASSERT_EQ("ready 0x00000000", peer.read_line());
    RtkName name(from_utf8(name_text));
    HANDLE mine = nullptr;
    ASSERT_STATUS(STATUS_SUCCESS, open_shm(inst_, name, &mine));
    EXPECT_STATUS(STATUS_SUCCESS, RtkCloseHandle(inst_, mine));
    HANDLE probe = nullptr;
    EXPECT_STATUS(STATUS_SUCCESS, open_shm(inst_, name, &probe)) << "destroyed while held";
    EXPECT_STATUS(STATUS_SUCCESS, RtkCloseHandle(inst_, probe));
    peer.send_line("close");
    ASSERT_EQ("closed 0x00000000", peer.read_line());
    EXPECT_STATUS(STATUS_OBJECT_NAME_NOT_FOUND, open_shm(inst_, name, &probe));
    peer.send_line("exit");
    EXPECT_EQ(0, peer.wait());
}

// TerminateProcess of the last holder: once the process has ended, the
// very next open fails, for every kind.
TEST_F(Lifetime, TerminatedLastHolderReleasesEveryKind) {
    const char *kinds[] = {"shm", "mutex", "event", "semaphore"};
    for (const char *kind : kinds) {
        const std::string name_text = to_utf8(unique_name(std::string("killed-") + kind));
        PeerProcess peer({"hold", kind, name_text, "4096", "9"});
        ASSERT_EQ("ready 0x00000000", peer.read_line()) << kind;
        PeerProcess before({"open", kind, name_text, "9"});
        EXPECT_EQ(0u, before.read_line().rfind("opened 0x00000000 ", 0)) << kind;
        EXPECT_EQ(0, before.wait()) << kind;
        peer.terminate();
        PeerProcess after({"open", kind, name_text, "9"});
        EXPECT_EQ("opened 0xC0000034 0 0", after.read_line()) << kind;
        EXPECT_EQ(0, after.wait()) << kind;
    }
}

// D8 across processes: a name re-created after its object died reads zero.
TEST_F(Lifetime, RecreatedAfterTheHolderExitedReadsZero) {
    const std::string name_text = to_utf8(unique_name("reborn"));
    PeerProcess peer({"hold", "shm", name_text, "65536", std::to_string(0x77)});
    ASSERT_EQ("ready 0x00000000", peer.read_line());
    peer.send_line("exit");
    ASSERT_EQ(0, peer.wait());
    RtkName name(from_utf8(name_text));
    HANDLE handle = nullptr;
    void *location = nullptr;
    ASSERT_STATUS(STATUS_SUCCESS,
                  RtkCreateSharedMemory(inst_, &handle, 0, 0, 65536, name.get(), &location));
    EXPECT_TRUE(all_bytes_are(location, 65536, 0));
}

}  // namespace
}  // namespace rtkref::win32_tests
