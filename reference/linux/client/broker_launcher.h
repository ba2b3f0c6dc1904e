// Finding and starting the broker executable.
#pragma once

#include <string>

namespace rtkref::linux_backend {

// False in a set-user-ID or set-group-ID process: the broker it started
// would run with borrowed privileges on the user's behalf.
bool may_start_broker();

// RTK_BROKER if set (ignored in a set-user-ID process); else rtkref-broker in ../bin or beside this
// library.
std::string broker_executable();

// Runs the broker for `runtime_dir` and waits until it listens (or found a
// running one). Empty on success, else why not.
std::string start_broker(const std::string &executable, const std::string &runtime_dir);

}  // namespace rtkref::linux_backend
