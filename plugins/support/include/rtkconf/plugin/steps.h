// Builders for the Steps tests send most often, so a test reads as the
// sequence of calls it makes. Fields not set keep step.h's defaults.
#pragma once

#include <cstdint>
#include <string>

#include "rtkconf/step.h"

namespace rtkconf::plugin::steps {

Step attach();
// RtkRtssAttachEx with no stop routine; the peer uses the instance from then on.
Step attach_ex();
// RtkRtssDetach of the peer's instance (which the peer keeps using after).
Step detach();
Step create_shm(const std::string &var, const std::u16string &name, uint32_t size_low);
Step create_unnamed_shm(const std::string &var, uint32_t size_low);
Step open_shm(const std::string &var, const std::u16string &name);
// RtkUnMapSharedMemory of the view var's create or open returned.
Step unmap(const std::string &var);
// RtkUnMapSharedMemory of an address `offset` bytes into var's view.
Step unmap_at(const std::string &var, uint64_t offset);
Step close(const std::string &var);
Step close_raw(uint64_t handle_value);
Step release_all();  // unmap and close every handle the peer still holds
Step write(const std::string &var, uint64_t offset, uint64_t length, uint32_t seed);
Step check(const std::string &var, uint64_t offset, uint64_t length, uint32_t seed);

}  // namespace rtkconf::plugin::steps
