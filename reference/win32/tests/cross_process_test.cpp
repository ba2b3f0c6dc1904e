// One object, two processes: what one writes the other reads, and the
// creator's size is what every process maps (D3).
#include <cstring>

#include "peer_process.h"
#include "test_support.h"

namespace rtkref::win32_tests {
namespace {

using CrossProcess = Attached;

std::string opened_line(const std::string &status, std::size_t size, bool uniform) {
    return "opened " + status + " " + std::to_string(size) + " " + (uniform ? "1" : "0");
}

TEST_F(CrossProcess, PeerReadsWhatThisProcessWrote) {
    RtkName name(unique_name("to-peer"));
    HANDLE handle = nullptr;
    void *location = nullptr;
    ASSERT_STATUS(STATUS_SUCCESS,
                  RtkCreateSharedMemory(inst_, &handle, 0, 0, 3 * 4096, name.get(), &location));
    std::memset(location, 0x5A, 3 * 4096);
    PeerProcess peer({"open", "shm", to_utf8(name.units()), std::to_string(0x5A)});
    EXPECT_EQ(opened_line("0x00000000", 3 * 4096, true), peer.read_line());
    EXPECT_EQ(0, peer.wait());
}

TEST_F(CrossProcess, ThisProcessReadsWhatThePeerWroteWithThePeersSize) {
    const std::string name_text = to_utf8(unique_name("from-peer"));
    PeerProcess peer({"hold", "shm", name_text, "20000", std::to_string(0x33)});
    ASSERT_EQ("ready 0x00000000", peer.read_line());
    RtkName name(from_utf8(name_text));
    HANDLE opened = nullptr;
    void *view = nullptr;
    ASSERT_STATUS(STATUS_SUCCESS,
                  RtkOpenSharedMemory(inst_, &opened, SHM_MAP_WRITE, FALSE, name.get(), &view));
    EXPECT_EQ(5u * 4096, view_size(view));
    EXPECT_TRUE(all_bytes_are(view, 5 * 4096, 0x33));
    // Create on the existing name: the peer's size stands, not ours.
    HANDLE created = nullptr;
    void *again = nullptr;
    ASSERT_STATUS(STATUS_SUCCESS,
                  RtkCreateSharedMemory(inst_, &created, 0, 0, 4096, name.get(), &again));
    EXPECT_EQ(5u * 4096, view_size(again));
    static_cast<unsigned char *>(again)[5 * 4096 - 1] = 0x44;
    EXPECT_EQ(0x44, static_cast<unsigned char *>(view)[5 * 4096 - 1]);
    peer.send_line("exit");
    EXPECT_EQ(0, peer.wait());
}

TEST_F(CrossProcess, PeerOpenOfMissingNameIsNotFound) {
    PeerProcess peer({"open", "shm", to_utf8(unique_name("nobody")), "0"});
    EXPECT_EQ(opened_line("0xC0000034", 0, false), peer.read_line());
    EXPECT_EQ(0, peer.wait());
}

}  // namespace
}  // namespace rtkref::win32_tests
