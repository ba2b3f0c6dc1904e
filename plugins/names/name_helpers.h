// What the name tests share: names of an exact length under the run's
// prefix, and the two questions every name rule asks of a pair of peers:
// do these names reach the same memory, or different memory?
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <optional>
#include <string_view>

#include "rtkconf/plugin/support.h"

namespace rtkconf::plugin::names {

constexpr uint32_t kSize = 4096;

// unique_name(tag) followed by `suffix`; the whole name is recorded for
// the leak probe.
std::u16string unique_with_suffix(std::string_view tag, const std::u16string &suffix);

// unique_name(tag) padded with 'x' so that, with `tail` appended, the name
// is exactly `units` code units long. Recorded for the leak probe.
std::u16string name_of_length(std::string_view tag, std::size_t units,
                              const std::u16string &tail = u"");

// Why names of `units` code units cannot be used with this
// implementation: `peer`'s create of a fresh name that long was refused
// ("a fresh 259-unit name was refused with STATUS_NAME_TOO_LONG (...)").
// Nothing when it was created (and closed again), or when the call got no
// answer (that is the test's crash or timeout, not a refusal).
std::optional<std::string> refusal_of_length(Peer &peer, std::size_t units);

// `creator` creates `name`, `opener` opens the same name; a pattern
// written on each side must be read on the other. Failures are reported
// with `row`; true when everything held. Both handles are closed.
bool expect_same_memory(Peer &creator, Peer &opener, const NameArg &name, const std::string &row,
                        uint32_t seed);

// `first` creates `a`, then `second` creates `b`: both succeed, and a
// pattern written through one view does not show in the other. Both
// handles are closed.
bool expect_different_memory(Peer &first, Peer &second, const NameArg &a, const NameArg &b,
                             const std::string &row, uint32_t seed);

// Two names that must be two objects, checked every way a merging
// implementation could show it: while only `a` exists, `b` does not open;
// `first` creates `a` and `second` creates `b`, each writing its own
// pattern, and neither write shows in the other view; then each name,
// opened from the other process, maps its own object. Every handle is
// closed. True when everything held.
bool expect_distinct_objects(Peer &first, Peer &second, const NameArg &a, const NameArg &b,
                             const std::string &row, uint32_t seed);

}  // namespace rtkconf::plugin::names
