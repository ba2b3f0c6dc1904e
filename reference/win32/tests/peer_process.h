// A peer: this test executable re-run with --rtk-peer, talking in lines
// over its stdin/stdout. Every read and wait has a deadline; a peer that
// hangs is terminated, so it costs its test, never the run.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace rtkref::win32_tests {

class PeerProcess {
  public:
    explicit PeerProcess(const std::vector<std::string> &peer_args);
    ~PeerProcess();
    PeerProcess(const PeerProcess &) = delete;
    PeerProcess &operator=(const PeerProcess &) = delete;

    // The next line the peer printed, without its line ending; "" when the
    // peer ended or missed the deadline (then it is terminated).
    std::string read_line(std::chrono::milliseconds deadline = std::chrono::seconds(30));
    void send_line(const std::string &line);
    // The exit code, or -1 when the peer had to be terminated.
    int wait(std::chrono::milliseconds deadline = std::chrono::seconds(30));
    // TerminateProcess, then wait until the process object is signalled:
    // from then on the kernel has closed every handle it held.
    void terminate();

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace rtkref::win32_tests
