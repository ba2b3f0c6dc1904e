// Result writers of the conformance harness. Every output (JUnit XML, the
// HTML report, the merge matrix, the diff) is derived from results
// documents alone, read into the results model (rtkconf::results; see
// conformance/results/RESULTS_SCHEMA.md), so a run can be re-rendered
// later. A writer takes a Results, which the model's reader only yields
// for a well-formed document: malformed input is refused there, with the
// path of the bad field, never half-rendered here.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rtkconf/results/model.h"

namespace rtkconf::report {

// ---- counts --------------------------------------------------------------

struct FamilyCounts {
    std::string family;
    results::StatusCounts counts;
};

// Rule counts per family, families in the order they first appear.
std::vector<FamilyCounts> count_by_family(const results::Results &results);

// ---- single-document writers ---------------------------------------------

// A writer turns one results document into one file, like GoogleTest's
// output listeners: adding a format means adding one writer.
class ResultsWriter {
  public:
    virtual ~ResultsWriter() = default;
    virtual std::string_view default_file_name() const = 0;  // "junit.xml"
    virtual void write(const results::Results &results, std::ostream &out) const = 0;
};

std::unique_ptr<ResultsWriter> make_json_writer();         // results.json
std::unique_ptr<ResultsWriter> make_junit_writer();        // junit.xml
std::unique_ptr<ResultsWriter> make_html_report_writer();  // report.html

std::string render(const ResultsWriter &writer, const results::Results &results);
// Writes the file; returns an error message (not an exception) on failure.
std::optional<std::string> write_file(const ResultsWriter &writer, const results::Results &results,
                                      const std::filesystem::path &path);

// ---- several documents ---------------------------------------------------

// One self-contained HTML page: rows = union of rule IDs, one column per
// document (label + platform), a status per cell, a verdict per column.
void write_merge_matrix(std::span<const results::Results> documents, std::ostream &out);
std::string render_merge_matrix(std::span<const results::Results> documents);

struct RuleChange {
    enum class Kind { added, removed, changed };
    Kind kind = Kind::changed;
    std::string id;
    std::string title;
    // The status in each document ("" when absent), with a declared
    // failure's outcome: "fail (expected)", "pass (unexpected)".
    std::string before;
    std::string after;
};

struct ResultsDiff {
    std::string before_label, after_label;  // "label (platform)"
    std::string before_verdict, after_verdict;
    std::string before_profile, after_profile;  // a strict and a lenient run differ by design
    std::vector<RuleChange> changes;            // ordered by rule ID
    int unchanged = 0;
    bool has_changes() const { return !changes.empty(); }
};

// Rule-status changes from `before` to `after`, keyed by rule ID.
ResultsDiff diff(const results::Results &before, const results::Results &after);
std::string render_diff_text(const ResultsDiff &diff);
// What `rtkconf diff` exits with: 0 when no rule changed status, else 1.
inline int diff_exit_code(const ResultsDiff &d) {
    return d.has_changes() ? 1 : 0;
}

// Every field in which two documents differ, as `rules[SHM-NAME-004].status:
// "pass" vs "fail"`, leaving out what differs between any two runs of
// the same build: timings, paths, and the calls, messages, evidence,
// observations and leftover names a run quotes from its own processes
// (RESULTS_SCHEMA.md, "Shards"). Empty: the same run's results.
std::vector<std::string> content_differences(const results::Results &first,
                                             const results::Results &second);

}  // namespace rtkconf::report
