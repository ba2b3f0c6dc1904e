#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "agent_channel.h"

extern char **environ;

namespace rtkconf::peer {
namespace {

std::string errno_text(const char *what) {
    return std::string(what) + ": " + std::strerror(errno);
}

class LoopbackHost : public AgentChannel {
  public:
    LoopbackHost(pid_t pid, int to_host, int from_host)
        : pid_(pid), to_host_(to_host), from_host_(from_host) {}
    ~LoopbackHost() override {
        // Closing its input ends the host's session; it exits by itself.
        ::close(to_host_);
        ::close(from_host_);
    }

    Outcome exchange(const std::vector<unsigned char> &request,
                     unsigned char (&reply)[RTKCONF_AGENT_REPLY_SIZE],
                     std::string &error) override {
        if (!write_all(request.data(), request.size()) || !read_all(reply, sizeof reply)) {
            error = "the agent host ended during the step: " + host_end();
            return Outcome::agent_died;
        }
        return Outcome::answered;
    }

  private:
    bool write_all(const unsigned char *data, std::size_t size) {
        while (size > 0) {
            const ssize_t n = ::write(to_host_, data, size);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) return false;
            data += n;
            size -= static_cast<std::size_t>(n);
        }
        return true;
    }

    bool read_all(unsigned char *data, std::size_t size) {
        while (size > 0) {
            const ssize_t n = ::read(from_host_, data, size);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) return false;
            data += n;
            size -= static_cast<std::size_t>(n);
        }
        return true;
    }

    std::string host_end() {
        int status = 0;
        if (::waitpid(pid_, &status, 0) != pid_) return "not reaped";
        if (WIFSIGNALED(status)) return "killed by signal " + std::to_string(WTERMSIG(status));
        return "exited with code " + std::to_string(WEXITSTATUS(status));
    }

    pid_t pid_;
    int to_host_, from_host_;
};

}  // namespace

std::unique_ptr<AgentChannel> start_loopback_host(const std::vector<std::string> &command,
                                                  std::string &error) {
    // A host that ends must be an error value here, not a SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);
    int to_host[2], from_host[2];
    if (::pipe2(to_host, O_CLOEXEC) != 0) {
        error = errno_text("pipe2");
        return nullptr;
    }
    if (::pipe2(from_host, O_CLOEXEC) != 0) {
        error = errno_text("pipe2");
        ::close(to_host[0]);
        ::close(to_host[1]);
        return nullptr;
    }
    // Room for a whole request: a step is one write, not two handovers.
    // (Best effort: a smaller pipe only costs time.)
    ::fcntl(to_host[1], F_SETPIPE_SZ, 2 * RTKCONF_AGENT_REQUEST_SIZE);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    // dup2 clears close-on-exec on the copies: only these two are inherited.
    posix_spawn_file_actions_adddup2(&actions, to_host[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, from_host[1], STDOUT_FILENO);
    std::vector<char *> argv;
    for (const std::string &arg : command) argv.push_back(const_cast<char *>(arg.c_str()));
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int rc = ::posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(to_host[0]);
    ::close(from_host[1]);
    if (rc != 0) {
        error = "cannot start " + command[0] + ": " + std::strerror(rc);
        ::close(to_host[1]);
        ::close(from_host[0]);
        return nullptr;
    }
    return std::make_unique<LoopbackHost>(pid, to_host[1], from_host[0]);
}

std::unique_ptr<AgentChannel> open_agent_device(const std::string &path, std::string &error) {
    error = "no agent device on this platform (" + path + " is a Windows driver's)";
    return nullptr;
}

}  // namespace rtkconf::peer
