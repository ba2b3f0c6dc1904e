// SHM-CAP-006: memory comes back at the last close of named objects (rule
// in capacity_rules.cpp; the plan, short and heavy, in
// rtkconf/plugin/churn.h). Unnamed objects: SHM-MAP-008.
#include <string>

#include "rtkconf/plugin/support.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;

TEST(SHM_CAP_006, CreateAndDestroyManyTimesWhatFits) {
    const ChurnPlan plan = churn_plan();
    PeerGroup group(churn_context(plan));
    Peer &peer = group.spawn_attached();
    create_and_destroy(peer, plan, [](const std::string &var, uint32_t size) {
        return steps::create_shm(var, unique_name("churn-big"), size);
    });
}

}  // namespace
