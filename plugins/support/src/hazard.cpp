#include "rtkconf/plugin/hazard.h"

#include "rtkconf/plugin/context.h"

namespace rtkconf::plugin {

bool safe_mode() {
    return run_context().safe;
}

}  // namespace rtkconf::plugin
