// Object names for tests. Every name starts with the run's unique prefix,
// so concurrent runs (and tests run in parallel) never collide. (PeerGroup
// tells the runner's leak probe which names were really created.)
#pragma once

#include <string_view>
#include <string>

#include "rtkconf/steps.h"

namespace rtkconf::plugin {

// "<run prefix><tag>.<n>" as UTF-16; n counts up within the test process.
std::u16string unique_name(std::string_view tag);

// The step builders by their plugin-API name, plugin::steps.
namespace steps = rtkconf::steps;

// A well-formed UNICODE_STRING argument for a name.
using steps::name_arg;

}  // namespace rtkconf::plugin
