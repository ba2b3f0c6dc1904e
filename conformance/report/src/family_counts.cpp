// Rule counts per family, for the summary table and the JUnit suites.
#include <algorithm>

#include "rtkconf/report.h"

namespace rtkconf::report {

std::vector<FamilyCounts> count_by_family(const results::Results &results) {
    std::vector<FamilyCounts> families;
    for (const auto &rule : results.rules) {
        auto it = std::find_if(families.begin(), families.end(),
                               [&](const FamilyCounts &f) { return f.family == rule.family; });
        if (it == families.end())
            it = families.insert(families.end(), FamilyCounts{rule.family, {}});
        ++it->counts[rule.status];
    }
    return families;
}

}  // namespace rtkconf::report
