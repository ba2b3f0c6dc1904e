// rtkconf report --merge of the N shards of one run (rtkconf run --shard
// K/N): the results the unsharded run would have written. Every shard's
// rules go back to their unsharded places (rule number i came from shard
// (i mod N) + 1), the runner's leak rules are folded again over every
// shard's tests, the verdict and summary are recounted. What differs
// from an unsharded run is what differs between any two runs (timings,
// paths, per-run text; conformance/results/RESULTS_SCHEMA.md, "Shards").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rtkconf/results/model.h"

namespace rtkconf::runner {

// nullopt with `error` when the documents are not all N shards of one run:
// a shard missing or given twice, a document that is no shard, or shards
// that differ in implementation, options, plugins or rule set.
std::optional<results::Results> merge_shards(std::vector<results::Results> shards,
                                             std::string &error);

}  // namespace rtkconf::runner
