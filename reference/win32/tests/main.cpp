// One executable, two roles: the GoogleTest run, or (with --rtk-peer) a
// peer process that a test started, as GoogleTest's death tests do.
#include <gtest/gtest.h>

#include <cstring>

#include "peer_main.h"

int main(int argc, char **argv) {
    if (argc >= 2 && std::strcmp(argv[1], "--rtk-peer") == 0) {
        return rtkref::win32_tests::run_peer(argc - 2, argv + 2);
    }
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
