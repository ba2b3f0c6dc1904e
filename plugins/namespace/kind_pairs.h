// The ordered pairs of kinds the one-namespace rules go through: a holder
// of one kind owns the name, a call of another kind meets it.
#pragma once

#include <string>
#include <vector>

#include "kind_steps.h"

namespace rtkconf::plugin::ns {

struct KindPair {
    ObjectKind holder, caller;
};

// Every ordered pair of two different kinds (twelve), in a fixed order,
// for which `keep` says yes.
template <typename Keep>
std::vector<KindPair> kind_pairs(Keep keep) {
    std::vector<KindPair> pairs;
    for (ObjectKind holder : kObjectKinds)
        for (ObjectKind caller : kObjectKinds)
            if (holder != caller && keep(KindPair{holder, caller}))
                pairs.push_back({holder, caller});
    return pairs;
}

// "row 3 (mutex on a semaphore's name)".
std::string pair_row(std::size_t index, const KindPair &pair);

}  // namespace rtkconf::plugin::ns
