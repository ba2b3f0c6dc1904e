// What the peer client's tests share: a real rtkconf-peer loaded with the
// fixture implementation, and the steps only these tests send (the peer
// told to end).
#pragma once

#include <chrono>

#include "rtkconf/peer.h"

namespace rtkconf::test {

inline PeerOptions fixture_options() {
    PeerOptions options;
    options.peer_executable = RTKCONF_PEER_PATH;
    options.implementation = RTKCONF_FIXTURE_IUT;
    options.step_timeout = std::chrono::milliseconds(5000);
    options.label = "fixture peer";
    return options;
}

inline Step peer_ends(StepOp how, int code = 0) {
    Step step;
    step.op = how;
    step.arg0 = code;
    return step;
}

}  // namespace rtkconf::test
