// Closing descriptors a client may have tampered with, off the serving
// thread. Closing the last reference of a passed-in TCP socket with
// SO_LINGER set blocks for the whole linger time, and so does closing a
// client's connection while such a socket waits unread in its queue: a
// blocked close must stall only this thread, never the broker's loop.
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace rtkref::linux_backend {

// Lives as long as the process and is never destroyed: at exit its thread
// may still sit in a lingering close that no join should wait for.
class FdCloser {
  public:
    FdCloser();
    FdCloser(const FdCloser &) = delete;
    FdCloser &operator=(const FdCloser &) = delete;

    void close_later(int fd);

  private:
    void run();

    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<int> queue_;
    std::thread thread_;  // last: started once the queue exists
};

}  // namespace rtkref::linux_backend
