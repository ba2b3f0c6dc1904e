// What a plugin's tests check beyond one step's status (the status checks
// themselves, Succeeded / Failed / ReturnedExactly / StepOk, are
// rtkconf/status_checks.h's).
#pragma once

#include <string>

#include "rtkconf/peer.h"
#include "rtkconf/status_checks.h"

namespace rtkconf::plugin {

// The checks by their plugin-API names (a test that says `using namespace
// rtkconf::plugin` finds them).
using rtkconf::Failed;
using rtkconf::LastErrorIs;
using rtkconf::ReturnedExactly;
using rtkconf::row_label;
using rtkconf::StepOk;
using rtkconf::Succeeded;

// A refused call must leave nothing behind: opening `name` from
// `observer` fails (a probe that does open is closed again).
void expect_no_object(Peer &observer, const std::u16string &name, const std::string &row);

}  // namespace rtkconf::plugin
