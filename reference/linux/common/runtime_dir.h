// Where a user's namespace lives: the broker's socket and lock file.
#pragma once

#include <string>

namespace rtkref::linux_backend {

struct RuntimeDir {
    std::string path;   // empty when unusable
    std::string error;  // why, and what to do
};

// RTK_RUNTIME_DIR if set (tests use it to run isolated namespaces side by
// side), else $XDG_RUNTIME_DIR/rtkref, else ~/.rtkref (the home directory
// from the user database), else /tmp/rtkref-<uid>. Creates it
// with mode 0700 and refuses one that another user owns or others can
// enter, since whoever controls it could impersonate the broker.
RuntimeDir resolve_runtime_dir();

std::string socket_path(const std::string &dir);
std::string lock_path(const std::string &dir);

}  // namespace rtkref::linux_backend
