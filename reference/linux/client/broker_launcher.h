// Finding and starting the broker executable.
#pragma once

#include <string>

namespace rtkref::linux_backend {

// RTK_BROKER if set; else rtkref-broker in ../bin or beside this library.
std::string broker_executable();

// Runs the broker for `runtime_dir` and waits until it listens (or found a
// running one). Empty on success, else why not.
std::string start_broker(const std::string &executable, const std::string &runtime_dir);

}  // namespace rtkref::linux_backend
