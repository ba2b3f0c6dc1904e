// Tests whose every call some flavours cannot make. A rule declares the
// flavours it can be expressed in (only(...) in its table) and the runner
// gives its tests only roles of those. Within such a rule a test that
// needs less starts with
//
//   RTKCONF_FLAVOURS(kRtkOnly);        // e.g. a NULL handle pointer
//   RTKCONF_TWO_FLAVOURS();            // a cross-flavour case
//
// The first keeps only the roles of those flavours for the test's peers;
// either makes the test n/a (not skip, not fail) when the run has no such
// roles, with the reason in its evidence.
#pragma once

#include <gtest/gtest.h>

#include <cstddef>
#include <string>

#include "rtkconf/plugin/context.h"

namespace rtkconf::plugin {

// The text every n/a test's skip message starts with; the runner turns
// such a skip into the status n/a.
inline constexpr const char *kNotApplicablePrefix = RTKCONF_NOT_APPLICABLE_PREFIX;

// The flavours of the run's roles for this test, "rtk,rtapi".
std::string run_flavours();
// How many distinct flavours those roles speak.
std::size_t flavour_count();
// Whether every role of the run speaks one of `flavours` ("rtk,rtk-legacy"):
// for a table whose rows some flavours cannot express.
bool every_role_in(const char *flavours);

}  // namespace rtkconf::plugin

#define RTKCONF_FLAVOURS(list)                                                            \
    do {                                                                                  \
        const std::string rtkconf_had = ::rtkconf::plugin::run_flavours();                \
        if (!::rtkconf::plugin::restrict_flavours(list))                                  \
            GTEST_SKIP() << ::rtkconf::plugin::kNotApplicablePrefix << "this test needs " \
                         << (list) << "; the run's peers speak " << rtkconf_had;          \
    } while (0)

#define RTKCONF_TWO_FLAVOURS()                                                                  \
    do {                                                                                        \
        if (::rtkconf::plugin::flavour_count() < 2)                                             \
            GTEST_SKIP() << ::rtkconf::plugin::kNotApplicablePrefix                             \
                         << "a cross-flavour case needs a target with two flavours; the run's " \
                            "peers speak "                                                      \
                         << ::rtkconf::plugin::run_flavours();                                  \
    } while (0)
