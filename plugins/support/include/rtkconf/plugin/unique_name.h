// Object names for tests. Every name starts with the run's unique prefix,
// so concurrent runs (and tests run in parallel) never collide. (PeerGroup
// tells the runner's leak probe which names were really created.)
#pragma once

#include <string_view>
#include <string>

#include "rtkconf/step.h"

namespace rtkconf::plugin {

// "<run prefix><tag>.<n>" as UTF-16; n counts up within the test process.
std::u16string unique_name(std::string_view tag);

// A well-formed UNICODE_STRING argument for `name`.
NameArg name_arg(const std::u16string &name);

}  // namespace rtkconf::plugin
