// junit.xml: one <testsuite> per family, one <testcase> per rule, in the
// shape Jenkins and GitLab read (failure/error/skipped, then system-out).
#include <ostream>

#include "escape.h"
#include "rtkconf/report.h"
#include "seconds_text.h"

namespace rtkconf::report {

namespace {

using detail::escape_xml_attribute;
using detail::escape_xml_text;
using detail::seconds_text;
using results::Outcome;
using results::Results;
using results::Rule;
using results::Status;

std::string attr(std::string_view name, std::string_view value) {
    return " " + std::string(name) + "=\"" + escape_xml_attribute(value) + "\"";
}

// What a CI page shows next to the test name: the status, then the first
// line of evidence, which is the one that says what went wrong.
std::string outcome_message(const Rule &rule) {
    std::string first;
    for (const auto &line : rule.evidence) {
        first = line;
        if (!first.empty()) break;
    }
    if (first.empty()) {
        switch (rule.status) {
            case Status::crash:
                first = "the implementation crashed the test process";
                break;
            case Status::timeout:
                first = "the test did not finish in time";
                break;
            case Status::error:
                first = "the harness could not run the test";
                break;
            case Status::skip:
                first = "not run";
                break;
            case Status::pass:
            case Status::fail:
                first = "see system-out";
                break;
        }
    }
    std::string message = std::string(to_string(rule.status)) + ": " + first;
    if (!rule.counts_for_verdict && rule.status != Status::skip)
        message += " (does not count for the verdict)";
    return message;
}

std::string evidence_text(const Rule &rule) {
    std::string out;
    for (const auto &line : rule.evidence) out += line + "\n";
    return out;
}

// The call log, readable as plain text in a CI console.
std::string system_out(const Rule &rule) {
    std::string out = rule.id + " [" + std::string(to_string(rule.level)) + "] " +
                      std::string(to_string(rule.status)) + "\n";
    if (!rule.source.empty()) out += "spec: " + rule.source + "\n";
    if (!rule.observed.empty()) out += "observed: " + rule.observed + "\n";
    if (const auto evidence = evidence_text(rule); !evidence.empty())
        out += "evidence:\n" + evidence;
    for (const auto &test : rule.tests) {
        out += "test " + test.name + ": " + std::string(to_string(test.status)) + " (" +
               std::to_string(test.duration_ms) + " ms)\n";
        for (const auto &message : test.messages) out += "  " + message + "\n";
        for (const auto &call : test.calls) {
            out += "  " + call.peer + ": " + call.call + " -> " + call.status;
            if (!call.status_name.empty()) out += " " + call.status_name;
            if (!call.detail.empty()) out += "  (" + call.detail + ")";
            out += "\n";
        }
    }
    return out;
}

// What a CI system should count a rule as. A rule that does not count for
// the verdict (INFO, SHOULD under lenient) or whose failure the vendor
// declared never shows as a failure; a declared failure that passed does.
enum class JUnitKind { passed, failure, error, skipped };

JUnitKind junit_kind(const Rule &rule, std::string &message) {
    message = outcome_message(rule);
    if (const auto &e = rule.expected_failure) {
        if (e->outcome == Outcome::unexpected_pass) {
            message = "unexpected pass: the failure declared with --expect (" + e->reason +
                      ") did not happen";
            return JUnitKind::failure;
        }
        if (e->outcome == Outcome::expected_fail) {
            message = "expected fail (" + e->reason + "): " + message;
            return JUnitKind::skipped;
        }
    }
    if (rule.status == Status::pass) return JUnitKind::passed;
    if (rule.status == Status::skip) return JUnitKind::skipped;
    if (!rule.counts_for_verdict) return JUnitKind::passed;
    if (rule.status == Status::fail) return JUnitKind::failure;
    return JUnitKind::error;  // crash, timeout, error
}

void write_testcase(std::ostream &out, const Rule &rule, const std::string &family) {
    out << "    <testcase" << attr("classname", family) << attr("name", rule.id + " " + rule.title)
        << attr("time", seconds_text(rule.duration_ms)) << ">\n";
    std::string message;
    switch (junit_kind(rule, message)) {
        case JUnitKind::failure:
            out << "      <failure" << attr("message", message) << attr("type", "fail") << ">"
                << escape_xml_text(evidence_text(rule)) << "</failure>\n";
            break;
        case JUnitKind::skipped:
            out << "      <skipped" << attr("message", message) << "/>\n";
            break;
        case JUnitKind::error:
            out << "      <error" << attr("message", message)
                << attr("type", to_string(rule.status)) << ">"
                << escape_xml_text(evidence_text(rule)) << "</error>\n";
            break;
        case JUnitKind::passed:
            break;
    }
    out << "      <system-out>" << escape_xml_text(system_out(rule)) << "</system-out>\n";
    out << "    </testcase>\n";
}

struct Totals {
    int tests = 0, failures = 0, errors = 0, skipped = 0;
    std::int64_t milliseconds = 0;
    void add(const Rule &rule) {
        std::string message;
        ++tests;
        switch (junit_kind(rule, message)) {
            case JUnitKind::failure:
                ++failures;
                break;
            case JUnitKind::skipped:
                ++skipped;
                break;
            case JUnitKind::error:
                ++errors;
                break;
            case JUnitKind::passed:
                break;
        }
        milliseconds += rule.duration_ms;
    }
    std::string attributes() const {
        return attr("tests", std::to_string(tests)) + attr("failures", std::to_string(failures)) +
               attr("errors", std::to_string(errors)) + attr("skipped", std::to_string(skipped)) +
               attr("time", seconds_text(milliseconds));
    }
};

void write_properties(std::ostream &out, const Results &results) {
    const auto &impl = results.implementation;
    std::vector<std::pair<std::string, std::string>> properties = {
        {"implementation.path", impl.path},
        {"implementation.sha256", impl.sha256},
        {"implementation.platform", impl.platform},
        {"implementation.label", impl.label},
        {"profile", std::string(to_string(results.profile))},
        {"rule_filter", results.rule_filter},
        {"safe", results.safe ? "true" : "false"},
        {"verdict", std::string(to_string(results.verdict))},
        {"harness", results.harness.name + " " + results.harness.version},
    };
    if (results.shard)
        properties.emplace_back("shard", std::to_string(results.shard->index) + "/" +
                                             std::to_string(results.shard->count));
    out << "    <properties>\n";
    for (const auto &[name, value] : properties)
        out << "      <property" << attr("name", name) << attr("value", value) << "/>\n";
    out << "    </properties>\n";
}

class JUnitWriter final : public ResultsWriter {
  public:
    std::string_view default_file_name() const override { return "junit.xml"; }

    void write(const Results &results, std::ostream &out) const override {
        const auto &impl = results.implementation;
        // JUnit timestamps carry no zone; ours are UTC by the schema.
        std::string started = results.started;
        if (!started.empty() && started.back() == 'Z') started.pop_back();

        Totals all;
        for (const auto &rule : results.rules) all.add(rule);
        out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        out << "<testsuites" << attr("name", "rtkconf " + impl.label + " (" + impl.platform + ")")
            << all.attributes() << ">\n";
        for (const auto &family : count_by_family(results)) {
            Totals totals;
            for (const auto &rule : results.rules)
                if (rule.family == family.family) totals.add(rule);
            out << "  <testsuite" << attr("name", family.family) << totals.attributes()
                << attr("timestamp", started) << ">\n";
            write_properties(out, results);
            for (const auto &rule : results.rules)
                if (rule.family == family.family) write_testcase(out, rule, family.family);
            out << "  </testsuite>\n";
        }
        out << "</testsuites>\n";
    }
};

}  // namespace

std::unique_ptr<ResultsWriter> make_junit_writer() {
    return std::make_unique<JUnitWriter>();
}

}  // namespace rtkconf::report
