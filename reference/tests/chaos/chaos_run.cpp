#include "chaos_run.h"

#include <dlfcn.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <new>
#include <random>
#include <thread>
#include <vector>

#include "broker_watch.h"
#include "chaos_worker.h"
#include "rtk/RtkApi.h"

namespace rtkref_chaos {
namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

struct Tally {
    int failures = 0;
    void check(bool ok, const std::string &what) {
        std::printf("%s %s\n", ok ? "ok  " : "FAIL", what.c_str());
        if (!ok) ++failures;
    }
};

pid_t spawn_worker(const RunOptions &options, int slot, unsigned seed, WorkerStats &stats) {
    const pid_t parent = getpid();
    const pid_t pid = fork();
    if (pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL);  // never outlive a crashed run
        if (getppid() != parent) _exit(0);
        run_worker(options.library, slot, seed, stats);
    }
    return pid;
}

// The final probe, in this process once every worker is gone.
struct Probe {
    decltype(&RtkRtssAttach) attach;
    decltype(&RtkRtssDetach) detach;
    decltype(&RtkOpenSharedMemory) open_shm;
    decltype(&RtkOpenMutex) open_mutex;
    decltype(&RtkOpenEvent) open_event;
    decltype(&RtkOpenSemaphore) open_semaphore;
};

bool load_probe(const std::string &path, Probe &probe) {
    void *library = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (library == nullptr) return false;
    probe.attach = reinterpret_cast<decltype(probe.attach)>(dlsym(library, "RtkRtssAttach"));
    probe.detach = reinterpret_cast<decltype(probe.detach)>(dlsym(library, "RtkRtssDetach"));
    probe.open_shm =
        reinterpret_cast<decltype(probe.open_shm)>(dlsym(library, "RtkOpenSharedMemory"));
    probe.open_mutex = reinterpret_cast<decltype(probe.open_mutex)>(dlsym(library, "RtkOpenMutex"));
    probe.open_event = reinterpret_cast<decltype(probe.open_event)>(dlsym(library, "RtkOpenEvent"));
    probe.open_semaphore =
        reinterpret_cast<decltype(probe.open_semaphore)>(dlsym(library, "RtkOpenSemaphore"));
    return probe.attach && probe.detach && probe.open_shm && probe.open_mutex && probe.open_event &&
           probe.open_semaphore;
}

NTSTATUS open_any(const Probe &probe, RTSSINST instance, int kind, UNICODE_STRING *name) {
    HANDLE handle{};
    void *view{};
    switch (kind) {
        case 1:
            return probe.open_shm(instance, &handle, 0, 0, name, &view);
        case 2:
            return probe.open_mutex(instance, &handle, 0, 0, name);
        case 3:
            return probe.open_event(instance, &handle, 0, 0, name);
        default:
            return probe.open_semaphore(instance, &handle, 0, 0, name);
    }
}

void final_checks(const RunOptions &options, const std::string &dir, Tally &tally) {
    Probe probe{};
    if (!load_probe(options.library, probe)) {
        tally.check(false, "load " + options.library + " for the final probe");
        return;
    }
    RTSSINST instance{};
    const NTSTATUS attached = probe.attach(1, &instance);
    tally.check(attached == STATUS_SUCCESS, "the next attach after the storm works");
    if (attached != STATUS_SUCCESS) return;
    int left = 0;
    for (int kind = 1; kind <= 4; ++kind) {
        for (int index = 0; index < kNames; ++index) {
            std::u16string units = object_name(kind, index);
            UNICODE_STRING name{};
            name.Length = name.MaximumLength = static_cast<USHORT>(units.size() * 2);
            name.Buffer = reinterpret_cast<decltype(name.Buffer)>(units.data());
            if (open_any(probe, instance, kind, &name) != STATUS_OBJECT_NAME_NOT_FOUND) ++left;
        }
    }
    tally.check(left == 0, "no object outlived its holders (" + std::to_string(left) + " left)");
    const pid_t broker = find_broker(dir);
    BrokerHoldings held;
    for (auto until = Clock::now() + 3s; Clock::now() < until; std::this_thread::sleep_for(50ms)) {
        held = holdings_of(broker);
        if (held.memfds == 0 && held.sockets <= 2) break;
    }
    tally.check(broker > 0 && held.memfds == 0,
                "the broker holds no memfd (" + std::to_string(held.memfds) + ")");
    tally.check(broker > 0 && held.sockets <= 2,
                "the broker holds only its listener and the "
                "probe's connection (" +
                    std::to_string(held.sockets) + " sockets)");
    probe.detach(instance);
    bool exited = false;
    for (auto until = Clock::now() + 5s; Clock::now() < until && !exited;
         std::this_thread::sleep_for(50ms)) {
        exited = find_broker(dir) < 0;
    }
    tally.check(exited, "the broker exits once idle");
}

}  // namespace

int run_chaos(const RunOptions &options) {
    char dir_template[] = "/tmp/rtkchaos-XXXXXX";
    if (mkdtemp(dir_template) == nullptr) return 1;
    const std::string dir = dir_template;
    setenv("RTK_RUNTIME_DIR", dir.c_str(), 1);
    setenv("RTK_BROKER", options.broker.c_str(), 1);
    setenv("RTK_BROKER_IDLE_MS", "1000", 1);
    setenv("RTK_CALL_TIMEOUT_MS", "2000", 1);

    const std::size_t stats_bytes = sizeof(WorkerStats) * static_cast<std::size_t>(options.workers);
    void *shared =
        mmap(nullptr, stats_bytes, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (shared == MAP_FAILED) return 1;
    auto *stats = static_cast<WorkerStats *>(shared);
    for (int i = 0; i < options.workers; ++i) new (&stats[i]) WorkerStats();

    std::minstd_rand random(options.seed);
    std::vector<pid_t> workers(static_cast<std::size_t>(options.workers));
    for (int i = 0; i < options.workers; ++i) {
        workers[i] =
            spawn_worker(options, i, options.seed * 7919u + static_cast<unsigned>(i), stats[i]);
    }
    std::map<int, Clock::time_point> stopped;  // worker -> when to resume it
    int kills = 0, stops = 0, crashes = 0;
    bool broker_killed = false;
    uint64_t lost_before_broker_kill = 0;
    const auto start = Clock::now();
    const auto end = start + std::chrono::seconds(options.seconds);
    while (Clock::now() < end) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5 + random() % 20));
        for (auto it = stopped.begin(); it != stopped.end();) {
            if (Clock::now() < it->second) {
                ++it;
                continue;
            }
            kill(workers[it->first], SIGCONT);
            it = stopped.erase(it);
        }
        for (int i = 0; i < options.workers; ++i) {  // a worker must never die by itself
            int status = 0;
            if (waitpid(workers[i], &status, WNOHANG) != workers[i]) continue;
            ++crashes;
            std::printf("worker %d ended by itself: wait status 0x%x\n", i, status);
            workers[i] = spawn_worker(options, i, static_cast<unsigned>(random()), stats[i]);
        }
        const int victim = static_cast<int>(random() % static_cast<unsigned>(options.workers));
        const unsigned action = random() % 100;
        if (action < 20 && stopped.count(victim) == 0) {
            kill(workers[victim], SIGKILL);
            waitpid(workers[victim], nullptr, 0);
            workers[victim] =
                spawn_worker(options, victim, static_cast<unsigned>(random()), stats[victim]);
            ++kills;
        } else if (action < 30 && stopped.count(victim) == 0) {
            kill(workers[victim], SIGSTOP);
            stopped[victim] = Clock::now() + std::chrono::milliseconds(20 + random() % 200);
            ++stops;
        }
        if (!broker_killed && Clock::now() - start > (end - start) / 2) {
            if (const pid_t broker = find_broker(dir); broker > 0) {
                for (int i = 0; i < options.workers; ++i)
                    lost_before_broker_kill += stats[i].broker_lost;
                kill(broker, SIGKILL);
                broker_killed = true;
                std::printf("killed the broker (pid %d)\n", broker);
            }
        }
    }
    for (pid_t pid : workers) {
        kill(pid, SIGCONT);
        kill(pid, SIGKILL);
        waitpid(pid, nullptr, 0);
    }
    uint64_t calls = 0, lost = 0, violations = 0;
    for (int i = 0; i < options.workers; ++i) {
        calls += stats[i].calls;
        lost += stats[i].broker_lost;
        violations += stats[i].violations;
        if (stats[i].violations != 0) {
            std::printf("worker %d: %llu violations, last 0x%08x\n", i,
                        static_cast<unsigned long long>(stats[i].violations.load()),
                        static_cast<unsigned>(stats[i].last_violation.load()));
        }
    }
    std::printf("%d workers, %d s: %llu calls, %d SIGKILLs, %d SIGSTOPs\n", options.workers,
                options.seconds, static_cast<unsigned long long>(calls), kills, stops);
    Tally tally;
    tally.check(violations == 0, "no status outside the rules, no other object's data (" +
                                     std::to_string(violations) + " violations)");
    tally.check(crashes == 0, "no worker died except by our SIGKILL");
    tally.check(broker_killed, "the broker was killed once");
    tally.check(lost > lost_before_broker_kill,
                "clients of the killed broker were told STATUS_NO_SUCH_DEVICE");
    final_checks(options, dir, tally);
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
    std::printf("%s\n", tally.failures == 0 ? "chaos: all invariants held" : "chaos: FAILED");
    return tally.failures == 0 ? 0 : 1;
}

}  // namespace rtkref_chaos
