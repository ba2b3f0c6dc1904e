// A batch of named objects one peer creates and holds: each gets a seed
// written into its first bytes, so "each its own memory" is checked by
// reading every one back after all were written.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "rtkconf/plugin/support.h"

namespace rtkconf::plugin::capacity {

constexpr uint32_t kObjectSize = 4096;
constexpr uint64_t kStamp = 64;  // bytes of each object carrying its seed

struct Batch {
    Peer *peer = nullptr;
    std::string tag;  // "p1": slot names are tag + index
    std::vector<std::u16string> names;
    uint32_t first_seed = 0;
    std::size_t created = 0;  // how many creates succeeded (a prefix)
};

std::string slot(const Batch &batch, std::size_t i);

// Creates `count` objects and writes each one's seed; stops at the first
// failed create and reports it (with its index and status).
void create_batch(Batch &batch, std::size_t count);

// Every created object reads back its own seed; handles are unique and
// views do not overlap within the batch's process.
void check_batch(const Batch &batch);

// Unmaps and closes every created object.
void release_batch(const Batch &batch);

// Opens every name from `observer`: none may open any more. Reports at
// most a few of those that do, and how many.
void expect_all_gone(Peer &observer, const std::vector<std::u16string> &names);

}  // namespace rtkconf::plugin::capacity
