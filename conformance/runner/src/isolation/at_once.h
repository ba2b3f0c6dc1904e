// Work on a list of child processes, several at a time: the runner's
// tests (--jobs) and its plugin probes both mostly wait on children.
#pragma once

#include <cstddef>
#include <functional>

namespace rtkconf::runner {

// Calls work(i) for every i in [0, count), at most `parallel` at once (this
// thread is one of them), and returns when every call has returned. Each i
// is taken once, in increasing order of start.
void for_each_at_once(std::size_t count, unsigned parallel,
                      const std::function<void(std::size_t)> &work);

}  // namespace rtkconf::runner
