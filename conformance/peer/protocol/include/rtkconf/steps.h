// Builders for the Steps tests send, so a test reads as the sequence of
// calls it makes. Fields not set keep step.h's defaults. Plugins and the
// reference's integration tests both build their steps here.
#pragma once

#include <cstdint>
#include <string>

#include "rtkconf/step.h"

namespace rtkconf::steps {

// One page: the size of most objects a test makes.
inline constexpr uint32_t kPage = 4096;

NameArg name_arg(const std::u16string &units);  // a well-formed UNICODE_STRING
NameArg null_name();                            // Name == NULL

Step attach();
// RtkRtssAttachEx with no stop routine; the peer uses the instance from then on.
Step attach_ex();
// RtkRtssDetach of the peer's instance (which the peer keeps using after).
Step detach();

Step create_shm(const std::string &var, const NameArg &name, uint32_t size_low = kPage);
Step create_shm(const std::string &var, const std::u16string &name, uint32_t size_low = kPage);
Step create_unnamed_shm(const std::string &var, uint32_t size_low);
// DesiredAccess defaults to SHM_MAP_WRITE (step.h).
Step open_shm(const std::string &var, const NameArg &name);
Step open_shm(const std::string &var, const std::u16string &name);
Step open_shm(const std::string &var, const std::u16string &name, uint32_t desired_access);
// A create of `kind`: shared memory of `size_low` bytes, an unowned mutex,
// a manual-reset event, a semaphore with count 1 of 1.
Step create_kind(ObjectKind kind, const std::string &var, const std::u16string &name,
                 uint32_t size_low = kPage);
Step open_kind(ObjectKind kind, const std::string &var, const std::u16string &name);

Step close(const std::string &var);
Step close_raw(uint64_t handle_value);
// RtkUnMapSharedMemory of the view var's create or open returned.
Step unmap(const std::string &var);
// RtkUnMapSharedMemory of an address `offset` bytes into var's view.
Step unmap_at(const std::string &var, uint64_t offset);
Step release_all();  // unmap and close every handle the peer still holds

// Memory steps on var's view; `length` is explicit because an opener's
// peer does not know the size.
Step write(const std::string &var, uint64_t offset, uint64_t length, uint32_t seed);
Step check(const std::string &var, uint64_t offset, uint64_t length, uint32_t seed);
Step check_zero(const std::string &var, uint64_t offset, uint64_t length);
Step resident(const std::string &var, uint64_t length);
Step writable_probe(const std::string &var);

}  // namespace rtkconf::steps
