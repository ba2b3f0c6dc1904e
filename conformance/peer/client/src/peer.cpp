// Peer: one rtkconf-peer child process driven over its stdin/stdout.
// All pipe I/O goes through one io_context that runs only inside run() and
// wait(), in short slices, so a deadline is always honoured and no thread
// is ever left blocked on a pipe that a grandchild might keep open.
#include "rtkconf/peer.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/write.hpp>
#include <boost/process/args.hpp>
#include <boost/process/async_pipe.hpp>
#include <boost/process/child.hpp>
#include <boost/process/env.hpp>
#include <boost/process/environment.hpp>
#include <boost/process/io.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <deque>
#include <optional>
#include <stdexcept>
#include <thread>

#include "answer_lines.h"
#include "process_control.h"
#include "rtkconf/step_json.h"

namespace bp = boost::process;
namespace asio = boost::asio;
using Clock = std::chrono::steady_clock;

namespace rtkconf {

namespace {
constexpr std::size_t kStderrKept = 16 * 1024;
// One read takes every answer already in the pipe: under wine each read
// or write of a pipe, and each completion, is a wineserver round trip.
constexpr std::size_t kStdoutChunk = 64 * 1024;
constexpr auto kSlice = std::chrono::milliseconds(10);
constexpr auto kReapGrace = std::chrono::milliseconds(5000);
constexpr auto kStderrDrain = std::chrono::milliseconds(200);

// Orders the log entries of every peer of this process.
std::atomic<uint64_t> g_sequence{0};

Peer::LogEntry event_entry(Peer::LogEntry::What what, std::string text) {
    Peer::LogEntry entry;
    entry.what = what;
    entry.text = std::move(text);
    entry.sequence = ++g_sequence;
    entry.started = entry.finished = Clock::now();
    return entry;
}
}  // namespace

struct Peer::Impl {
    PeerOptions options;
    asio::io_context io;
    bp::async_pipe to_peer{io}, from_peer{io}, peer_stderr{io};
    bp::child child;
    std::vector<char> stdout_chunk = std::vector<char>(kStdoutChunk);
    detail::AnswerLines stdout_lines;
    std::array<char, 4096> stderr_chunk{};
    std::string stderr_tail;
    std::deque<std::string> lines;
    std::string outgoing;   // step lines not yet handed to a write
    std::string in_flight;  // the lines the pending write sends
    boost::system::error_code write_error;
    // A peer that answers needs no poll for its end (each poll is a system
    // call, a wineserver round trip under wine): it is polled after a
    // slice in which nothing arrived, and at least once a slice.
    bool idle_slice = true;
    Clock::time_point next_end_poll{};
    bool stdout_closed = false;
    bool stderr_closed = false;
    bool killed_here = false;
    bool timed_out = false;
    std::optional<PeerEnd> end;  // set once reaped
    std::vector<LogEntry> log;

    explicit Impl(const PeerOptions &opts) : options(opts) {}

    void arm_stdout() {
        from_peer.async_read_some(asio::buffer(stdout_chunk),
                                  [this](const boost::system::error_code &ec, std::size_t n) {
                                      if (ec) {
                                          stdout_closed = true;
                                          return;
                                      }
                                      stdout_lines.append(stdout_chunk.data(), n, lines);
                                      arm_stdout();
                                  });
    }

    void arm_stderr() {
        peer_stderr.async_read_some(asio::buffer(stderr_chunk),
                                    [this](const boost::system::error_code &ec, std::size_t n) {
                                        if (ec) {
                                            stderr_closed = true;
                                            return;
                                        }
                                        stderr_tail.append(stderr_chunk.data(), n);
                                        if (stderr_tail.size() > kStderrKept)
                                            stderr_tail.erase(0, stderr_tail.size() - kStderrKept);
                                        arm_stderr();
                                    });
    }

    bool end_poll_due() {
        const auto now = Clock::now();
        if (!idle_slice && now < next_end_poll) return false;
        next_end_poll = now + kSlice;
        return true;
    }

    // Runs at most one handler, so the caller sees each answer at once
    // (io.stop() would do that at the cost of a wake-up post per answer).
    void pump(std::chrono::milliseconds slice) {
        if (io.stopped()) io.restart();
        idle_slice = io.run_one_for(slice) == 0;
    }

    // Reaps the child if it has ended; true once it has.
    bool reap() {
        if (end) return true;
        std::error_code ec;
        if (child.valid() && child.running(ec)) return false;
        end = platform::end_from_native(child.native_exit_code(), killed_here);
        if (timed_out) end->how = PeerEnd::How::timed_out;
        log.push_back(event_entry(LogEntry::What::ended, end_text()));
        return true;
    }

    void kill() {
        if (end) return;
        if (!killed_here) log.push_back(event_entry(LogEntry::What::killed, "killed"));
        killed_here = true;
        detail::kill_child(child);
    }

    std::string end_text() const {
        if (!end) return "still running";
        switch (end->how) {
            case PeerEnd::How::exited:
                return "exited with code " + std::to_string(end->code);
            case PeerEnd::How::signalled:
                return "killed by signal " + std::to_string(end->code);
            case PeerEnd::How::timed_out:
                return "timed out and was killed";
            case PeerEnd::How::not_started:
            case PeerEnd::How::running:
                break;
        }
        return "running";
    }

    // Why a call that got no answer got none. A peer the test ended (or
    // told to exit or crash) is not a fault.
    StepFault fault_of_death(const Step &step) const {
        if (step.op == StepOp::exit || step.op == StepOp::crash) return StepFault::none;
        return fault_of_end();
    }

    StepFault fault_of_end() const {
        if (killed_here && !timed_out) return StepFault::none;
        // Exit code 2 is the peer's own "cannot set up" (no implementation
        // loaded, no protocol channel): the harness's trouble.
        if (end && end->how == PeerEnd::How::exited && end->code == 2) return StepFault::harness;
        return StepFault::crashed;
    }

    // Waits for the child to end, draining its pipes meanwhile; then, within
    // the same deadline, for its stderr to close: a loopback agent host the
    // peer started holds it until it has ended the peer's session.
    bool reap_within(std::chrono::milliseconds timeout) {
        const auto deadline = Clock::now() + timeout;
        while (!reap()) {
            if (Clock::now() >= deadline) return false;
            pump(kSlice);
        }
        while (!stderr_closed && Clock::now() < deadline) pump(kSlice);
        return true;
    }

    // Reads what is left on the peer's stdout (bounded: a grandchild may
    // hold it open); true once an answer is there.
    bool drain_answers() {
        const auto until = Clock::now() + kStderrDrain;
        while (lines.empty() && !stdout_closed && Clock::now() < until) pump(kSlice);
        return !lines.empty();
    }

    std::string describe_end() {
        std::string text = "peer " + end_text();
        // The peer's last words may still be in the pipe; a grandchild
        // holding it open must not stall us, hence the bound.
        const auto drain_until = Clock::now() + kStderrDrain;
        while (!stderr_closed && Clock::now() < drain_until) pump(kSlice);
        if (!stderr_tail.empty()) text += "; stderr: " + last_lines(stderr_tail);
        return text;
    }

    static std::string last_lines(const std::string &text) {
        constexpr std::size_t kShown = 600;
        std::string tail = text.size() > kShown ? text.substr(text.size() - kShown) : text;
        while (!tail.empty() && (tail.back() == '\n' || tail.back() == '\r')) tail.pop_back();
        return tail;
    }

    static StepResult not_called(std::string why, StepFault fault = StepFault::none) {
        StepResult result;
        result.called = false;
        result.ok = false;
        result.detail = std::move(why);
        result.fault = fault;
        return result;
    }

    bool spawn(std::string &error);

    bool gone() const { return end.has_value() || killed_here; }
    // Why no further step may be sent, if one may not.
    std::optional<StepResult> refusal();
    // Queues a step; flush() writes every step queued since the last one.
    void send(const Step &step);
    void flush();
    // The answer to the oldest step sent and not yet answered.
    // `answered` tells an answer (which may say the call was not made)
    // from none.
    StepResult await(const Step &step, bool &answered);
};

std::optional<StepResult> Peer::Impl::refusal() {
    if (options.hung_flag && options.hung_flag->load())
        return not_called("not made: an earlier call of this test did not return");
    if (end || killed_here) return not_called("peer not running: " + describe_end());
    return std::nullopt;
}

void Peer::Impl::send(const Step &step) {
    outgoing += step_to_line(step);
    outgoing += '\n';
}

// Writes are asynchronous, so that while the peer's stdin pipe is full
// its answers are still read: a peer blocked on a full stdout pipe would
// otherwise never read its stdin again. Steps queued while a write is
// pending go in the next one, all at once.
void Peer::Impl::flush() {
    if (!in_flight.empty() || outgoing.empty() || write_error) return;
    in_flight.swap(outgoing);
    asio::async_write(to_peer, asio::buffer(in_flight),
                      [this](const boost::system::error_code &ec, std::size_t) {
                          in_flight.clear();
                          if (ec) {
                              write_error = ec;
                              outgoing.clear();
                              return;
                          }
                          flush();
                      });
}

StepResult Peer::Impl::await(const Step &step, bool &answered) {
    answered = false;
    const auto deadline = Clock::now() + options.step_timeout;
    for (;;) {
        if (!lines.empty()) {
            const std::string answer = std::move(lines.front());
            lines.pop_front();
            StepResult result;
            std::string error;
            if (!result_from_line(answer, result, error))
                return not_called("unreadable answer '" + answer + "': " + error,
                                  StepFault::harness);
            answered = true;
            return result;
        }
        if (write_error) {
            // The peer closed its end: it died setting up, or during a
            // step sent earlier. The answers it gave first are still in
            // the pipe (not necessarily this step's: a later one failed).
            reap_within(kReapGrace);
            if (drain_answers()) continue;
            return not_called(
                "no answer (cannot send steps: " + write_error.message() + "): " + describe_end(),
                fault_of_death(step));
        }
        // Death shows as EOF, or (when a grandchild holds the pipe) only
        // as the child no longer running. A peer that died after answering
        // steps sent ahead has those answers still in the pipe.
        if (stdout_closed || (end_poll_due() && reap())) {
            if (drain_answers()) continue;
            reap_within(kReapGrace);
            return not_called("no answer: " + describe_end(), fault_of_death(step));
        }
        const auto now = Clock::now();
        if (now >= deadline) {
            timed_out = true;
            if (options.hung_flag) options.hung_flag->store(true);
            kill();
            reap_within(kReapGrace);
            return not_called("no answer within " + std::to_string(options.step_timeout.count()) +
                                  " ms; " + describe_end(),
                              StepFault::hung);
        }
        pump(std::min<std::chrono::milliseconds>(
            kSlice, std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now) +
                        std::chrono::milliseconds(1)));
    }
}

bool Peer::Impl::spawn(std::string &error) {
    bp::environment env = boost::this_process::environment();
    for (const auto &[key, value] : options.extra_env) env[key] = value;
    std::vector<std::string> args;
    if (!options.implementation.empty()) args = {"--impl", options.implementation.string()};
    if (options.flavour != Flavour::rtk)
        args.insert(args.end(), {"--flavour", flavour_name(options.flavour)});
    if (options.transport == kAgentLoopbackTransport)
        args.insert(args.end(), {"--agent", "loopback"});
    if (options.transport == kAgentDeviceTransport) args.insert(args.end(), {"--agent", "device"});
    if (options.memlock_limit) {
        args.push_back("--memlock-limit");
        args.push_back(std::to_string(*options.memlock_limit));
    }
    to_peer = bp::async_pipe(io);
    from_peer = bp::async_pipe(io);
    peer_stderr = bp::async_pipe(io);
    std::error_code ec;
    child = bp::child(options.peer_executable.string(), bp::args(args),
                      bp::std_in<to_peer, bp::std_out> from_peer, bp::std_err > peer_stderr,
                      bp::env(env), ec);
    if (ec || !child.valid()) {
        error = ec ? ec.message() : "no process";
        return false;
    }
    return true;
}

Peer::Peer(const PeerOptions &options) : impl_(std::make_unique<Impl>(options)) {
    detail::prepare_orchestrator_process();
    std::string errors;
    const int attempts = std::max(1, options.start_attempts);
    int attempt = 1;
    for (;; ++attempt) {
        std::string error;
        if (impl_->spawn(error)) break;
        errors +=
            (errors.empty() ? "" : "; ") + ("attempt " + std::to_string(attempt) + ": " + error);
        if (attempt == attempts)
            throw HarnessError("cannot start peer '" + options.peer_executable.string() + "' (" +
                               errors + ")");
        std::this_thread::sleep_for(std::chrono::milliseconds(50 * attempt * attempt));
    }
    // A start that needed retries says so: the evidence shows how often
    // the platform refused before it worked.
    impl_->log.push_back(event_entry(
        LogEntry::What::spawned,
        "pid " + std::to_string(impl_->child.id()) +
            (attempt > 1 ? " after " + std::to_string(attempt - 1) + " failed start(s): " + errors
                         : "")));
    detail::keep_pipe_private(impl_->to_peer);
    detail::keep_pipe_private(impl_->from_peer);
    detail::keep_pipe_private(impl_->peer_stderr);
    impl_->arm_stdout();
    impl_->arm_stderr();
}

Peer::~Peer() {
    if (!impl_) return;
    impl_->kill();
    impl_->reap_within(kReapGrace);
}

StepResult Peer::run(const Step &step) {
    return run_all({step}).front();
}

std::vector<StepResult> Peer::run_all(const std::vector<Step> &plan) {
    std::vector<StepResult> results(plan.size());
    std::vector<LogEntry> entries(plan.size());
    auto begin_entry = [&](std::size_t k) {
        entries[k].step = plan[k];
        entries[k].sequence = ++g_sequence;  // the call's place is where it was made
        entries[k].started = Clock::now();
    };
    std::size_t sent = 0;
    bool answered_so_far = true;
    std::optional<StepResult> not_made;  // the result of every step not sent
    bool peer_gone = false;              // steps already sent get no answer either
    for (std::size_t i = 0; i < plan.size(); ++i) {
        bool answered = false;
        try {
            while (!not_made && sent < plan.size() && sent < i + kPipelineDepth) {
                not_made = impl_->refusal();
                if (not_made) break;
                begin_entry(sent);
                impl_->send(plan[sent]);
                ++sent;
            }
            impl_->flush();
            // A step not made takes its place in the log now, after the
            // peer's end, as a separate run() call would.
            if (i >= sent || peer_gone) begin_entry(i);
            if (i < sent && !peer_gone)
                results[i] = impl_->await(plan[i], answered);
            else
                results[i] = *not_made;
        } catch (const std::exception &e) {
            results[i] = Impl::not_called(std::string("orchestrator error: ") + e.what(),
                                          StepFault::harness);
        }
        // A step without an answer ends the plan: nothing more is sent.
        // Steps already sent are still answered by a peer that lives on
        // (an unreadable answer); a peer that is gone made none of them.
        if (answered_so_far && !answered) {
            answered_so_far = false;
            not_made = impl_->refusal();
            if (!not_made) not_made = Impl::not_called("not made: an earlier step got no answer");
        }
        // A peer that ends (hangs, crashes) while the steps already sent
        // after an unanswered one are awaited made none of the rest.
        if (!answered_so_far && !peer_gone && impl_->gone()) {
            peer_gone = true;
            not_made = impl_->refusal();
        }
        // An answer the peer never gave still says which calls it would have made.
        if (!results[i].called) results[i].flavour = impl_->options.flavour;
        entries[i].result = results[i];
        entries[i].finished = Clock::now();
        // The peer's end, logged while this call waited, comes after it.
        auto &log = impl_->log;
        const auto position =
            std::upper_bound(log.begin(), log.end(), entries[i].sequence,
                             [](uint64_t seq, const LogEntry &e) { return seq < e.sequence; });
        log.insert(position, std::move(entries[i]));
    }
    return results;
}

void Peer::kill() {
    impl_->kill();
}

PeerEnd Peer::wait(std::chrono::milliseconds timeout) {
    if (!impl_->reap_within(timeout)) {
        impl_->timed_out = true;
        impl_->kill();
        impl_->reap_within(kReapGrace);
    }
    return impl_->end.value_or(PeerEnd{});
}

bool transport_is_kernel(const std::string &transport) {
    return transport == kAgentDeviceTransport;
}

bool transport_is_known(const std::string &transport) {
    return transport == kProcessTransport || transport == kAgentLoopbackTransport ||
           transport == kAgentDeviceTransport;
}

int Peer::pid() const {
    return static_cast<int>(impl_->child.id());
}

const std::string &Peer::label() const {
    return impl_->options.label;
}

const std::vector<Peer::LogEntry> &Peer::log() const {
    return impl_->log;
}

std::string Peer::stderr_text() const {
    return impl_->stderr_tail;
}

}  // namespace rtkconf
