#include "lifetime_helpers.h"

#include <chrono>

namespace rtkconf::plugin::lifetime {

StepResult probe_open(Peer &probe, const std::u16string &name) {
    const StepResult opened = probe.run(steps::open_shm("probe", name));
    if (opened.called && opened.status >= 0) {
        // Unmap, then close: the pages' order, so the probe's view can
        // never be what keeps the object alive.
        EXPECT_TRUE(Succeeded(probe.run(steps::unmap("probe")))) << "the probe's own unmap";
        EXPECT_TRUE(Succeeded(probe.run(steps::close("probe")))) << "the probe's own close";
    }
    return opened;
}

void kill_and_reap(Peer &peer, const std::string &row) {
    peer.kill();
    const PeerEnd end = peer.wait(std::chrono::milliseconds(5000));
    EXPECT_NE(end.how, PeerEnd::How::running) << row << ": " << peer.label() << " was not reaped";
    EXPECT_NE(end.how, PeerEnd::How::timed_out) << row << ": " << peer.label() << " did not die";
}

}  // namespace rtkconf::plugin::lifetime
