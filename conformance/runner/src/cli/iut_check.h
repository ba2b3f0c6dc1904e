// The runner's only direct contact with the implementation under test:
// load it once, in a role's flavour, to check its exports. A missing core
// export is a usage error; missing optional exports make the rules that
// need them skip.
// Every call into the implementation happens in peer processes.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "rtkconf/flavour.h"

namespace rtkconf::runner {

struct IutCheck {
    std::string error;                          // non-empty: not usable (names the symbol)
    std::vector<std::string> missing_optional;  // in the rules' vocabulary: "RtkCreateMutex"
};

IutCheck check_iut(const std::filesystem::path &path, Flavour flavour = Flavour::rtk);

}  // namespace rtkconf::runner
