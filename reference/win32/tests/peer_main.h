// The peer side of the cross-process tests (see peer_process.h).
#pragma once

namespace rtkref::win32_tests {

// Runs the peer mode named by `args` (what follows --rtk-peer); returns the
// process exit code: 0 when the mode ran, 2 for a bad command line, 3 when
// attach failed.
int run_peer(int argc, char **argv);

}  // namespace rtkref::win32_tests
