// A broker this test started itself, in its own private runtime directory,
// with whatever execution state the test wants it to inherit. Only such
// brokers are ever stopped or killed by the tests.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace rtkref_hardening {

// A fresh mode-0700 directory under the temporary directory, removed (with
// whatever a broker left in it) by the destructor.
class PrivateDir {
  public:
    PrivateDir();
    ~PrivateDir();
    PrivateDir(const PrivateDir &) = delete;
    PrivateDir &operator=(const PrivateDir &) = delete;
    const std::filesystem::path &path() const { return path_; }
    std::filesystem::path socket() const { return path_ / "broker.sock"; }

  private:
    std::filesystem::path path_;
};

// The environment of a library client in `dir`'s namespace (run_child's
// first argument): RTK_RUNTIME_DIR naming it.
std::vector<std::pair<std::string, std::string>> client_environment(const PrivateDir &dir);

// Waits up to `timeout_ms` for the child `pid` to end, without reaping it
// (a pidfd polled: a real wait with a deadline). True once it has ended.
bool ended_within(pid_t pid, int timeout_ms);

// The broker executable under test: RTKREF_HARDENING_BROKER, else the one
// this build made.
std::filesystem::path broker_executable();
// The library under test: RTKREF_HARDENING_IMPL, else the one this build made.
std::filesystem::path library_path();

class BrokerProcess {
  public:
    // Runs `rtkref-broker --foreground` for `dir`; `inherit` runs in the
    // child just before exec, to give the broker a starter's state (a
    // limit, a blocked signal, a scheduling policy). Returns once the
    // broker listens.
    BrokerProcess(
        const PrivateDir &dir, int idle_ms, const std::function<void()> &inherit = [] {});
    ~BrokerProcess();  // SIGKILL and reap, if still running
    BrokerProcess(const BrokerProcess &) = delete;
    BrokerProcess &operator=(const BrokerProcess &) = delete;

    pid_t pid() const { return pid_; }
    bool listening() const { return listening_; }
    // Reaps the broker if it has ended; true while it still runs.
    bool alive();
    // How it ended: the raw wait status, valid once alive() is false.
    int wait_status() const { return wait_status_; }
    // Waits up to `timeout_ms` for the broker to end.
    bool wait_exit(int timeout_ms);
    // User plus system CPU time so far, in seconds (from /proc).
    double cpu_seconds() const;

  private:
    pid_t pid_ = -1;
    bool listening_ = false;
    bool reaped_ = false;
    int wait_status_ = 0;
};

}  // namespace rtkref_hardening
