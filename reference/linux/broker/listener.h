// Becoming the one broker of a runtime directory.
#pragma once

#include <string>

namespace rtkref::linux_backend {

struct Listener {
    int listen_fd = -1;
    int lock_fd = -1;
    bool already_running = false;  // another broker holds the lock
    std::string error;
};

// Takes the directory's single-instance lock, then binds its socket,
// replacing a stale one left by a broker that died.
Listener open_listener(const std::string &runtime_dir);

}  // namespace rtkref::linux_backend
