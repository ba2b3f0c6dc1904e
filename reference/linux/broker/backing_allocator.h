// Big shared memory allocations off the broker's serving thread: reserving
// every page of a 4 GiB object takes about a second, which no other client
// should wait for. The serving thread hands the request over, parks that
// one connection, and picks the result up when notify_fd() is readable.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include "rtkref/core/backing.h"
#include "rtkref/core/broker_protocol.h"
#include "rtkref/core/broker_state.h"

namespace rtkref::linux_backend {

struct AllocationJob {
    int connection;   // the socket the reply goes to
    ClientId client;  // checked again on completion: the socket may have a new client by then
    wire::Request request;
};

struct AllocationDone {
    AllocationJob job;
    BackingResult made;
};

// Lives as long as the process, like FdCloser (an allocation in progress
// is not worth waiting for at exit).
class BackingAllocator {
  public:
    explicit BackingAllocator(BackingFactory factory);
    BackingAllocator(const BackingAllocator &) = delete;
    BackingAllocator &operator=(const BackingAllocator &) = delete;

    // Readable (an eventfd) while results wait in take_done().
    int notify_fd() const { return notify_fd_; }
    void submit(const AllocationJob &job);
    std::vector<AllocationDone> take_done();

  private:
    void run();

    BackingFactory factory_;
    int notify_fd_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<AllocationJob> jobs_;
    std::vector<AllocationDone> done_;
    std::thread thread_;  // last: started once the queues exist
};

}  // namespace rtkref::linux_backend
