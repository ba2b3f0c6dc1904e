// One request and its reply over the broker connection, within a deadline:
// a broker that is stopped, wedged or gone turns into an outcome the
// caller can report, never into a call that blocks forever.
#pragma once

#include <chrono>

#include "rtkref/core/broker_protocol.h"
#include "spin.h"

namespace rtkref::linux_backend {

enum class RoundTrip {
    replied,      // `reply` holds the broker's answer
    broker_gone,  // hung up, or the connection failed
    timed_out,    // no answer within the deadline: the connection is out of step
};

// How long a call waits for the broker: RTK_CALL_TIMEOUT_MS, else 5 s,
// far beyond any request the broker serves (a 4 GiB create takes about 1 s).
std::chrono::milliseconds call_deadline();

// `socket` must be non-blocking. A descriptor that came with the reply is
// stored in *fd (else -1).
// `spin` is the connection's: how long to poll before sleeping (spin.h).
RoundTrip round_trip(int socket, const wire::Request &request, wire::Reply &reply, int *fd,
                     std::chrono::milliseconds deadline, AdaptiveSpin &spin);

// A request the broker never answers (a release): true once it is queued,
// false when the broker is gone or its queue stayed full until the deadline.
bool send_only(int socket, const wire::Request &request, std::chrono::milliseconds deadline);

}  // namespace rtkref::linux_backend
