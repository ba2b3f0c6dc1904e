#include "rtkconf/plugin/flavours.h"

#include <algorithm>

#include "rtkconf/plugin/context.h"

namespace rtkconf::plugin {

std::string run_flavours() {
    return flavour_list(flavours_of(run_context().roles));
}

std::size_t flavour_count() {
    return flavours_of(run_context().roles).size();
}

bool every_role_in(const char *flavours) {
    const auto allowed = flavours_from_list(flavours, nullptr).value_or(std::vector<Flavour>{});
    for (const PeerRole &role : run_context().roles)
        if (std::find(allowed.begin(), allowed.end(), role.flavour) == allowed.end()) return false;
    return true;
}

}  // namespace rtkconf::plugin
