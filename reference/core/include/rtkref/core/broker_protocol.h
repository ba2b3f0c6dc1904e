// Messages between a client library and the broker that owns the
// namespace. One request, one reply: create, open and a close the client
// cannot judge alone each cost one round trip; a release (the close of a
// handle the client knows is live) gets no reply. Fixed-size PODs on a local socket between
// processes of the same build, so no versioning beyond the magic is needed; the broker still
// validates every field, since a client may be hostile.
#pragma once

#include <cstdint>

#include "rtkref/core/object_kind.h"

namespace rtkref::wire {

// The protocol's revision: a client and a broker of different builds (a
// library upgraded while an old broker still serves) refuse each other at
// hello instead of reading each other's messages wrongly. RKB2 added
// release.
constexpr uint32_t kMagic = 0x524B4232;  // "RKB2"

// release: closes like close, but the broker never answers it. The broker
// serves a client's releases before anyone's open or create that could
// see their effect, so a close that returned is a close for everyone.
enum class Op : uint32_t { hello = 1, create = 2, open = 3, close = 4, release = 5 };

struct Request {
    uint32_t magic = kMagic;
    Op op = Op::hello;
    uint8_t kind = 0;         // ObjectKind
    uint8_t named = 0;        // 0: unnamed object (create only)
    uint16_t name_units = 0;  // code units used in `name`
    // Create of shared memory: the most memory, in KiB, the client could
    // ever lock (its RLIMIT_MEMLOCK, or the machine's memory); 0 says
    // nothing. A new object larger than that is refused before any of it
    // is reserved: its view could never be locked (D9).
    uint32_t lockable_kib = 0;
    uint64_t size = 0;    // create of shared memory: bytes requested
    uint64_t handle = 0;  // close
    char16_t name[260] = {};
};

struct Reply {
    int32_t status = 0;   // NTSTATUS
    uint32_t has_fd = 0;  // 1: the backing's descriptor rides along
    uint64_t handle = 0;
    // create/open: the object's size (the creator's, D3). hello: the
    // broker's epoch, random per broker run: a client that sees two
    // epochs in one process knows one namespace died under it.
    uint64_t size = 0;
};

}  // namespace rtkref::wire
