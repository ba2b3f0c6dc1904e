// A NameArg as a user-mode call takes it: NUL-terminated UTF-16. Only the
// names such a string can carry are expressible: no NUL inside, no
// malformed UNICODE_STRING. An empty counted name is the empty string.
#pragma once

#include <string>
#include <vector>

#include "rtk/RtkApi.h"
#include "rtkconf/step.h"

namespace rtkconf::peer {

class WideName {
  public:
    explicit WideName(const NameArg &name);

    // Empty when the name is expressible; otherwise why not.
    const std::string &inexpressible() const { return why_; }
    // NULL for a NULL name.
    const WCHAR *get() const { return null_ ? nullptr : storage_.data(); }

  private:
    bool null_ = false;
    std::vector<WCHAR> storage_;
    std::string why_;
};

}  // namespace rtkconf::peer
