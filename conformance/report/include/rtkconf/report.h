// Result writers of the conformance harness. Every output (JUnit XML, the
// HTML report, the merge matrix, the diff) is derived from results.json
// documents alone (see ../../RESULTS_SCHEMA.md), so a run can be
// re-rendered later.
//
// Nothing here throws on a malformed document: writers render what they
// can and show missing fields as empty. Call validate_results() first when
// a clear error is wanted instead.
#pragma once

#include <array>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace rtkconf::report {

// ---- statuses ------------------------------------------------------------

// Rule and test statuses, declared from the worst down: a rule's status is
// the worst of its tests' (crash > timeout > error > fail > pass > skip >
// n/a). n/a: the rule cannot be expressed in the run's flavour.
enum class Status { crash, timeout, error, fail, pass, skip, not_applicable };
inline constexpr std::array<Status, 7> kAllStatuses{
    Status::pass,    Status::fail,  Status::skip,          Status::crash,
    Status::timeout, Status::error, Status::not_applicable};

std::string_view to_string(Status status);
std::optional<Status> parse_status(std::string_view text);
// The worst of `statuses`; skip when empty (a rule with no test run).
Status worst_of(std::span<const Status> statuses);

struct StatusCounts {
    std::array<int, 7> by_status{};  // indexed by the enum's value
    int unknown = 0;                 // statuses outside the schema
    int &operator[](Status s) { return by_status[static_cast<std::size_t>(s)]; }
    int operator[](Status s) const { return by_status[static_cast<std::size_t>(s)]; }
    int total() const;
};

struct FamilyCounts {
    std::string family;
    StatusCounts counts;
};

// Rule counts per family, families in the order they first appear.
std::vector<FamilyCounts> count_by_family(const nlohmann::json &results);
// Rule counts over the whole document.
StatusCounts count_rules(const nlohmann::json &results);

// ---- validation ----------------------------------------------------------

// nullopt when `results` is a schema-1 results document with every
// required field; otherwise one message naming the first bad field by its
// path, e.g. `rules[3].status: expected one of pass|fail|..., got "ok"`.
std::optional<std::string> validate_results(const nlohmann::json &results);

// ---- single-document writers ---------------------------------------------

// A writer turns one results document into one file, like GoogleTest's
// output listeners: adding a format means adding one writer.
class ResultsWriter {
  public:
    virtual ~ResultsWriter() = default;
    virtual std::string_view default_file_name() const = 0;  // "junit.xml"
    virtual void write(const nlohmann::json &results, std::ostream &out) const = 0;
};

std::unique_ptr<ResultsWriter> make_json_writer();         // results.json
std::unique_ptr<ResultsWriter> make_junit_writer();        // junit.xml
std::unique_ptr<ResultsWriter> make_html_report_writer();  // report.html

std::string render(const ResultsWriter &writer, const nlohmann::json &results);
// Writes the file; returns an error message (not an exception) on failure.
std::optional<std::string> write_file(const ResultsWriter &writer, const nlohmann::json &results,
                                      const std::filesystem::path &path);

// ---- several documents ---------------------------------------------------

// One self-contained HTML page: rows = union of rule IDs, one column per
// document (label + platform), a status per cell, a verdict per column.
void write_merge_matrix(std::span<const nlohmann::json> documents, std::ostream &out);
std::string render_merge_matrix(std::span<const nlohmann::json> documents);

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
ResultsDiff diff(const nlohmann::json &before, const nlohmann::json &after);
std::string render_diff_text(const ResultsDiff &diff);
// What `rtkconf diff` exits with: 0 when no rule changed status, else 1.
inline int diff_exit_code(const ResultsDiff &d) {
    return d.has_changes() ? 1 : 0;
}

}  // namespace rtkconf::report
