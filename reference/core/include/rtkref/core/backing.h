// Whatever backs an object's memory on a platform (a memfd on Linux).
// The namespace owns it and drops it when the object is destroyed.
#pragma once

#include <cstdint>
#include <memory>

#include "rtk/RtkTypes.h"

namespace rtkref {

class Backing {
  public:
    virtual ~Backing() = default;
    virtual int descriptor() const = 0;  // what is passed to clients
};

struct BackingResult {
    NTSTATUS status = STATUS_SUCCESS;
    std::shared_ptr<Backing> backing;
};

// Allocates zero-filled, fully reserved memory of `size` bytes.
using BackingFactory = BackingResult (*)(uint64_t size);

}  // namespace rtkref
