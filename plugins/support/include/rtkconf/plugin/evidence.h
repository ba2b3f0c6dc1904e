// What a test hands the runner besides its assertions: the calls its
// peers made, the names it used, and (INFO rules) what it observed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "rtkconf/step.h"

namespace rtkconf::plugin {

// Records what an INFO rule saw, e.g. "create on an existing name returns
// STATUS_OBJECT_NAME_EXISTS". The last observation of a test wins.
void observe(std::string_view text);

// One line of the call log. PeerGroup records every peer's log itself.
void record_call(std::string_view peer, std::string_view call, int32_t status,
                 std::string_view detail);

// A call that got no answer through `fault` (crash, hang, harness): the
// runner turns it into the test's status. PeerGroup records these itself.
void record_fault(StepFault fault, std::string_view peer, std::string_view call,
                  std::string_view detail);

// A name the test used; the runner's leak probe checks it afterwards.
void record_name(const std::u16string &name);

}  // namespace rtkconf::plugin
