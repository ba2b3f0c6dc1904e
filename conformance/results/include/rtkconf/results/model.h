// The results of one conformance run, as typed values: what results.json
// holds (RESULTS_SCHEMA.md), what the runner produces, and what every
// writer, diff and merge reads. json.h turns them into JSON and back.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "rtkconf/results/vocabulary.h"

namespace rtkconf::results {

// One call a peer made, as its call log shows it.
struct Call {
    std::string peer;         // "peer 1"
    std::string call;         // the call with its arguments, as the peer logged it
    std::string status;       // the NTSTATUS returned, "0xC0000106"
    std::string status_name;  // "STATUS_NAME_TOO_LONG"; empty when unknown
    std::string detail;
};

struct Test {
    std::string name;  // "SHM_NAME_004.Rejects261Units"
    Status status = Status::error;
    std::int64_t duration_ms = 0;
    std::vector<std::string> messages;  // failure messages, skip reasons
    std::vector<Call> calls;
};

// A failure the vendor declared ahead (rtkconf run --expect), and how the
// run met it.
struct Expectation {
    std::string reason;
    std::string link;  // may be empty
    Outcome outcome = Outcome::not_judged;
};

struct Rule {
    std::string id;  // "SHM-NAME-004"
    std::string family;
    Level level = Level::must;
    std::string title;
    std::string source;  // the sentence the rule comes from
    Status status = Status::skip;
    bool counts_for_verdict = true;
    std::int64_t duration_ms = 0;
    std::string observed;               // what an INFO rule saw; may be empty
    std::vector<std::string> evidence;  // failure messages, one per line
    std::vector<std::string> fixtures;  // mutants known to break this rule
    std::string rerun;                  // the command that reruns it; may be empty
    std::optional<Expectation> expected_failure;
    std::vector<Test> tests;
};

struct Plugin {
    std::string path;
    std::string status = "loaded";  // the loader's word: loaded, load-error, abi-mismatch, ...
    std::int64_t rules = 0;
    std::string message;
    bool loaded() const { return status == "loaded"; }
};

struct Harness {
    std::string name = "rtkconf";
    std::string version;
};

struct Implementation {
    std::string path;
    std::string sha256;    // hex
    std::string platform;  // "linux-x86_64", "windows-x86_64", "windows-x86_64-wine"
    std::string label;     // short name for a matrix column
};

// Which part of a sharded run a document holds (rtkconf run --shard K/N):
// the rules at positions K-1, K-1+N, ... of the selected rules in ID order.
struct Shard {
    int index = 1;  // K, from 1
    int count = 1;  // N
};

struct Results {
    Harness harness;
    Implementation implementation;
    std::string started;  // UTC, ISO 8601
    std::int64_t duration_ms = 0;
    Profile profile = Profile::strict;
    std::string transport = "process";  // --transport: how the peers reached the implementation
    std::string rule_filter;            // --rules as given; empty for every rule
    bool safe = false;                  // --safe: hazardous probes were skipped
    bool heavy = false;                 // --heavy: heavy rules ran their full-size rows
    std::int64_t settle_ms = 0;
    std::vector<std::string> remaining_names;  // this run's names still there at its end
    Verdict verdict = Verdict::conformant;
    std::vector<Rule> rules;
    std::vector<Plugin> plugins;
    std::optional<Shard> shard;  // set only in one shard's document
};

// Rules per status: the document's "summary".
struct StatusCounts {
    std::array<int, kAllStatuses.size()> by_status{};  // indexed by the enum's value
    int &operator[](Status s) { return by_status[static_cast<std::size_t>(s)]; }
    int operator[](Status s) const { return by_status[static_cast<std::size_t>(s)]; }
    int total() const;
};
StatusCounts count_statuses(std::span<const Rule> rules);

// The verdict the rules support: a counted rule that failed, crashed or
// timed out, or a declared failure that passed, makes it not_conformant;
// a declared failure that happened does not count; a counted harness
// error alone makes it incomplete.
Verdict verdict_of(std::span<const Rule> rules);

// The status a reader compares: a failure the vendor declared is not the
// same finding as an undeclared one ("fail (expected)", "pass
// (unexpected)", "skip (declared)").
std::string shown_status(const Rule &rule);

}  // namespace rtkconf::results
