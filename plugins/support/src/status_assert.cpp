#include "rtkconf/plugin/status_assert.h"

#include "rtkconf/steps.h"

namespace rtkconf::plugin {

void expect_no_object(Peer &observer, const std::u16string &name, const std::string &row) {
    const StepResult probe = observer.run(steps::open_shm("probe-absent", name));
    EXPECT_TRUE(Failed(probe)) << row << ": the refused call left an object behind";
    if (probe.called && probe.status >= 0) observer.run(steps::close("probe-absent"));
}

}  // namespace rtkconf::plugin
