// A UNICODE_STRING built from a NameArg exactly as the test asked,
// including malformed ones (odd Length, Length > MaximumLength, NULL
// Buffer). The storage always holds at least MaximumLength bytes, so an
// implementation that trusts the lengths reads our memory, not garbage.
#pragma once

#include <vector>

#include "rtk/RtkApi.h"
#include "rtkconf/step.h"

namespace rtkconf::peer {

class NameArgBuffer {
  public:
    explicit NameArgBuffer(const NameArg &name);
    NameArgBuffer(const NameArgBuffer &) = delete;
    NameArgBuffer &operator=(const NameArgBuffer &) = delete;

    // NULL when the test asked for a NULL Name.
    UNICODE_STRING *get() { return null_pointer_ ? nullptr : &string_; }

  private:
    bool null_pointer_;
    std::vector<WCHAR> storage_;
    UNICODE_STRING string_{};
};

}  // namespace rtkconf::peer
