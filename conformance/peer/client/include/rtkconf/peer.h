// A peer: a real child process (build/bin/rtkconf-peer) that loads the
// implementation under test by path and executes Steps sent to it, one at
// a time, over its stdin/stdout pipes. The orchestrator (a test) drives
// several peers in lockstep: a call returns only when the peer answered,
// so ordering across processes is exactly the order of calls here.
// run_all() sends a plan of one peer's steps ahead of their answers: the
// peer still makes them one at a time, in order, but without waiting for
// the orchestrator between them.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "rtkconf/platform/process_end.h"
#include "rtkconf/step.h"

namespace rtkconf {

// PeerOptions::transport values.
inline constexpr const char *kProcessTransport = "process";
inline constexpr const char *kAgentLoopbackTransport = "agent-loopback";
inline constexpr const char *kAgentDeviceTransport = "agent-device";

// Whether a transport runs the steps in a kernel: hazardous probes must
// never reach one (rtkconf run --safe).
bool transport_is_kernel(const std::string &transport);
// Whether `transport` is one of the names above.
bool transport_is_known(const std::string &transport);

struct PeerOptions {
    std::filesystem::path peer_executable;  // rtkconf-peer
    std::filesystem::path implementation;   // the IUT library, by path
    Flavour flavour = Flavour::rtk;         // which of its APIs the peer calls
    // How the peer reaches the implementation (PeerTransport names):
    // "process" loads it; "agent-loopback" runs each step in a loopback
    // agent host that loads it; "agent-device" in the RtkConfAgent driver.
    std::string transport = kProcessTransport;
    std::map<std::string, std::string> extra_env;  // e.g. RTK_RUNTIME_DIR
    std::chrono::milliseconds step_timeout{10000};
    std::string label;  // "peer 1", used in evidence
    // POSIX only (see memlock_limit_supported): the peer drops
    // CAP_IPC_LOCK and lowers RLIMIT_MEMLOCK to this many bytes (or to
    // its hard limit, when that is lower) before loading the
    // implementation; elsewhere such a peer refuses to start.
    std::optional<uint64_t> memlock_limit;
    // Starting a process can fail by chance (under wine, CreateProcess
    // sometimes reports an internal error): try this many times.
    int start_attempts = 4;
    // Shared by the peers of one test: once a call of any of them hung,
    // the others' later calls are not made, so a hanging implementation
    // costs one step timeout per test, not one per step.
    std::shared_ptr<std::atomic<bool>> hung_flag;
};

// The harness itself failed (a peer could not be started): not the
// implementation's fault, and reported as such.
class HarnessError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Whether peers on this platform can run under PeerOptions::memlock_limit.
// Windows has no per-process lock limit to lower (its working-set quota is
// the implementation's own to raise).
bool memlock_limit_supported();

// How a peer ended (How::running while it has not): the platform layer's
// classification, the same as for every child of the harness.
using PeerEnd = platform::ProcessEnd;

class Peer {
  public:
    // Spawns the peer process; throws HarnessError when it cannot, after
    // options.start_attempts tries.
    explicit Peer(const PeerOptions &options);
    ~Peer();  // kills the process if it still runs
    Peer(const Peer &) = delete;
    Peer &operator=(const Peer &) = delete;

    // Runs one step in the peer. A peer that dies or does not answer within
    // step_timeout yields called == false and a detail saying which.
    StepResult run(const Step &step);
    // Runs `plan` in order with the results and call log that as many
    // run() calls give, keeping up to kPipelineDepth steps in the pipe
    // ahead of the one being made: a round trip between two processes
    // costs a wake-up of each (60-70 us on an idle VM), which a long plan
    // then pays once instead of per step. Once a step gets no answer the
    // rest are not made.
    std::vector<StepResult> run_all(const std::vector<Step> &plan);
    static constexpr std::size_t kPipelineDepth = 16;

    void kill();  // SIGKILL / TerminateProcess
    // Reaps the peer (killing it on timeout). An agent peer's session ends
    // when its process does; the peer's stderr closes only once whatever
    // the peer started has ended too, so this also waits (within the same
    // timeout) for that: a killed peer's handles are closed on return, as
    // a direct peer's are.
    PeerEnd wait(std::chrono::milliseconds timeout);
    int pid() const;
    const std::string &label() const;

    // Every step run so far with its result, and the peer's spawn, kill
    // and end, in order: the call log. `sequence` orders entries of all
    // peers of the process (a process-wide counter), so several peers'
    // logs merge into one timeline.
    struct LogEntry {
        enum class What { step, spawned, killed, ended };
        What what = What::step;
        Step step;          // What::step only
        StepResult result;  // What::step only
        std::string text;   // the other kinds: "pid 1234", "exited with code 0", ...
        uint64_t sequence = 0;
        std::chrono::steady_clock::time_point started, finished;
    };
    const std::vector<LogEntry> &log() const;

    // What the peer wrote on its standard error so far (the tail of it).
    std::string stderr_text() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace rtkconf
