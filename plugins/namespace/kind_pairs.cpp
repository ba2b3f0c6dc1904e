#include "kind_pairs.h"

namespace rtkconf::plugin::ns {

std::string pair_row(std::size_t index, const KindPair &pair) {
    return row_label(index, std::string(kind_label(pair.caller)) + " on a " +
                                kind_label(pair.holder) + "'s name");
}

}  // namespace rtkconf::plugin::ns
