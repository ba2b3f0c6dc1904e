#include "library_child.h"

#include <dlfcn.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>

#include "broker_process.h"

namespace rtkref_hardening {
namespace {

template <class F>
F resolve(void *library, const char *name) {
    void *symbol = dlsym(library, name);
    if (symbol == nullptr) _exit(121);
    return reinterpret_cast<F>(symbol);
}

}  // namespace

Rtk load_library() {
    void *library = dlopen(library_path().c_str(), RTLD_NOW | RTLD_LOCAL);
    if (library == nullptr) _exit(120);
    Rtk rtk{};
    rtk.attach = resolve<decltype(rtk.attach)>(library, "RtkRtssAttach");
    rtk.detach = resolve<decltype(rtk.detach)>(library, "RtkRtssDetach");
    rtk.create_shm = resolve<decltype(rtk.create_shm)>(library, "RtkCreateSharedMemory");
    rtk.open_shm = resolve<decltype(rtk.open_shm)>(library, "RtkOpenSharedMemory");
    rtk.close = resolve<decltype(rtk.close)>(library, "RtkCloseHandle");
    rtk.create_mutex = resolve<decltype(rtk.create_mutex)>(library, "RtkCreateMutex");
    return rtk;
}

UNICODE_STRING unicode(std::u16string &units) {
    UNICODE_STRING name{};
    name.Length = static_cast<USHORT>(units.size() * 2);
    name.MaximumLength = name.Length;
    name.Buffer = reinterpret_cast<decltype(name.Buffer)>(units.data());
    return name;
}

ChildOutcome run_child(const std::vector<std::pair<std::string, std::string>> &environment,
                       const std::function<std::vector<int64_t>()> &body, int timeout_ms) {
    int channel[2];
    if (pipe2(channel, O_CLOEXEC) != 0) return {};
    const pid_t child = fork();
    if (child == 0) {
        close(channel[0]);
        for (const auto &[name, value] : environment) setenv(name.c_str(), value.c_str(), 1);
        const std::vector<int64_t> values = body();
        const ssize_t size = static_cast<ssize_t>(values.size() * sizeof(int64_t));
        _exit(write(channel[1], values.data(), values.size() * sizeof(int64_t)) == size ? 0 : 1);
    }
    close(channel[1]);
    ChildOutcome outcome;
    pollfd entry{channel[0], POLLIN, 0};
    if (poll(&entry, 1, timeout_ms) > 0) {
        int64_t value;
        while (read(channel[0], &value, sizeof value) == static_cast<ssize_t>(sizeof value)) {
            outcome.values.push_back(value);
        }
    }
    close(channel[0]);
    int status = 0;
    // Give a child that is writing its last values a moment (2 s on a
    // loaded machine; a child that ends costs none of it), then stop it.
    if (!ended_within(child, 2000)) {
        kill(child, SIGKILL);
        waitpid(child, &status, 0);
        return outcome;  // killed at the deadline: not finished
    }
    waitpid(child, &status, 0);
    outcome.finished = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return outcome;
}

}  // namespace rtkref_hardening
