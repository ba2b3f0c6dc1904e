// Reaching the namespace's broker, starting it when none runs.
#pragma once

#include <string>

#include "rtk/RtkApi.h"

namespace rtkref::linux_backend {

struct BrokerConnection {
    int fd = -1;
    NTSTATUS status = STATUS_SUCCESS;
    std::string error;  // one line for the user: what failed and what to do
};

// Connects to the broker of the runtime directory, starting rtkref-broker
// first when nobody listens, and checks that the broker runs as our user.
BrokerConnection connect_to_broker();

}  // namespace rtkref::linux_backend
