// SHM-MAP-008: an unnamed object is destroyed at its last close (rule in
// mapping_rules.cpp). No name reaches it, so the memory it gives back is
// all a caller can see: unnamed objects created and destroyed one after
// another, totalling more than could stay live, must all be created (the
// plan, short and heavy, in rtkconf/plugin/churn.h).
#include <string>

#include "rtkconf/plugin/support.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;

TEST(SHM_MAP_008, UnnamedObjectsCreatedAndDestroyedManyTimesWhatFits) {
    const ChurnPlan plan = churn_plan();
    PeerGroup group(churn_context(plan));
    Peer &peer = group.spawn_attached();
    create_and_destroy(peer, plan, [](const std::string &var, uint32_t size) {
        return steps::create_unnamed_shm(var, size);
    });
}

}  // namespace
