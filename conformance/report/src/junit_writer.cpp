// junit.xml: one <testsuite> per family, one <testcase> per rule, in the
// shape Jenkins and GitLab read (failure/error/skipped, then system-out).
#include <ostream>

#include "escape.h"
#include "json_access.h"
#include "rtkconf/report.h"

namespace rtkconf::report {

namespace {

using detail::array;
using detail::escape_xml_attribute;
using detail::escape_xml_text;
using detail::integer;
using detail::text;
using nlohmann::json;

std::string attr(std::string_view name, std::string_view value) {
    return " " + std::string(name) + "=\"" + escape_xml_attribute(value) + "\"";
}

// What a CI page shows next to the test name: the status, then the first
// line of evidence, which is the one that says what went wrong.
std::string outcome_message(const json &rule, std::string_view status) {
    std::string first;
    for (const auto &line : array(rule, "evidence")) {
        first = detail::as_text(line);
        if (!first.empty()) break;
    }
    if (first.empty()) {
        if (status == "crash")
            first = "the implementation crashed the test process";
        else if (status == "timeout")
            first = "the test did not finish in time";
        else if (status == "error")
            first = "the harness could not run the test";
        else if (status == "skip")
            first = "not run";
        else if (status == "n/a")
            first = "cannot be expressed in this run's flavour";
        else
            first = "see system-out";
    }
    std::string message = std::string(status) + ": " + first;
    if (!detail::boolean(rule, "counts_for_verdict", true) && status != "skip" && status != "n/a")
        message += " (does not count for the verdict)";
    return message;
}

std::string evidence_text(const json &rule) {
    std::string out;
    for (const auto &line : array(rule, "evidence")) out += detail::as_text(line) + "\n";
    return out;
}

// The call log, readable as plain text in a CI console.
std::string system_out(const json &rule) {
    std::string out =
        text(rule, "id") + " [" + text(rule, "level") + "] " + text(rule, "status") + "\n";
    if (const auto source = text(rule, "source"); !source.empty()) out += "spec: " + source + "\n";
    if (const auto observed = text(rule, "observed"); !observed.empty())
        out += "observed: " + observed + "\n";
    if (const auto evidence = evidence_text(rule); !evidence.empty())
        out += "evidence:\n" + evidence;
    for (const auto &test : array(rule, "tests")) {
        out += "test " + text(test, "name") + ": " + text(test, "status") + " (" +
               std::to_string(integer(test, "duration_ms")) + " ms)\n";
        for (const auto &message : array(test, "messages"))
            out += "  " + detail::as_text(message) + "\n";
        for (const auto &call : array(test, "calls")) {
            out += "  " + text(call, "peer") + ": " + text(call, "call") + " -> " +
                   text(call, "status");
            if (const auto name = text(call, "status_name"); !name.empty()) out += " " + name;
            if (const auto d = text(call, "detail"); !d.empty()) out += "  (" + d + ")";
            out += "\n";
        }
    }
    return out;
}

// What a CI system should count a rule as. A rule that does not count for
// the verdict (INFO, SHOULD under lenient) or whose failure the vendor
// declared never shows as a failure; a declared failure that passed does.
enum class JUnitKind { passed, failure, error, skipped };

JUnitKind junit_kind(const json &rule, std::string &message) {
    const std::string status = text(rule, "status");
    message = outcome_message(rule, status);
    const json &expectation = detail::member(rule, "expected_failure");
    const std::string declared = expectation.is_object() ? text(expectation, "outcome") : "";
    if (declared == "unexpected-pass") {
        message = "unexpected pass: the failure declared with --expect (" +
                  text(expectation, "reason") + ") did not happen";
        return JUnitKind::failure;
    }
    if (declared == "expected-fail") {
        message = "expected fail (" + text(expectation, "reason") + "): " + message;
        return JUnitKind::skipped;
    }
    if (status == "pass") return JUnitKind::passed;
    if (status == "skip" || status == "n/a") return JUnitKind::skipped;
    if (!detail::boolean(rule, "counts_for_verdict", true)) return JUnitKind::passed;
    if (status == "fail") return JUnitKind::failure;
    return JUnitKind::error;  // crash, timeout, error, and anything outside the schema
}

void write_testcase(std::ostream &out, const json &rule, const std::string &family) {
    const std::string status = text(rule, "status");
    out << "    <testcase" << attr("classname", family)
        << attr("name", text(rule, "id") + " " + text(rule, "title"))
        << attr("time", detail::seconds_text(integer(rule, "duration_ms"))) << ">\n";
    std::string message;
    switch (junit_kind(rule, message)) {
        case JUnitKind::failure:
            out << "      <failure" << attr("message", message) << attr("type", "fail") << ">"
                << escape_xml_text(evidence_text(rule)) << "</failure>\n";
            break;
        case JUnitKind::skipped:
            out << "      <skipped" << attr("message", message) << "/>\n";
            break;
        case JUnitKind::error: {
            const bool known = parse_status(status).has_value();
            out << "      <error"
                << attr("message", known ? message : "unknown status \"" + status + "\"")
                << attr("type", known ? status : "unknown") << ">"
                << escape_xml_text(evidence_text(rule)) << "</error>\n";
            break;
        }
        case JUnitKind::passed:
            break;
    }
    out << "      <system-out>" << escape_xml_text(system_out(rule)) << "</system-out>\n";
    out << "    </testcase>\n";
}

struct Totals {
    int tests = 0, failures = 0, errors = 0, skipped = 0;
    std::int64_t milliseconds = 0;
    void add(const json &rule) {
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
        milliseconds += integer(rule, "duration_ms");
    }
    std::string attributes() const {
        return attr("tests", std::to_string(tests)) + attr("failures", std::to_string(failures)) +
               attr("errors", std::to_string(errors)) + attr("skipped", std::to_string(skipped)) +
               attr("time", detail::seconds_text(milliseconds));
    }
};

void write_properties(std::ostream &out, const json &results) {
    const json &impl = detail::member(results, "implementation");
    const json &harness = detail::member(results, "harness");
    const std::pair<std::string, std::string> properties[] = {
        {"implementation.path", text(impl, "path")},
        {"implementation.sha256", text(impl, "sha256")},
        {"implementation.platform", text(impl, "platform")},
        {"implementation.label", text(impl, "label")},
        {"profile", text(results, "profile")},
        {"rule_filter", text(results, "rule_filter")},
        {"safe", text(results, "safe")},
        {"verdict", text(results, "verdict")},
        {"harness", text(harness, "name") + " " + text(harness, "version")},
    };
    out << "    <properties>\n";
    for (const auto &[name, value] : properties)
        out << "      <property" << attr("name", name) << attr("value", value) << "/>\n";
    out << "    </properties>\n";
}

class JUnitWriter final : public ResultsWriter {
  public:
    std::string_view default_file_name() const override { return "junit.xml"; }

    void write(const json &results, std::ostream &out) const override {
        const json &impl = detail::member(results, "implementation");
        // JUnit timestamps carry no zone; ours are UTC by the schema.
        std::string started = text(results, "started");
        if (!started.empty() && started.back() == 'Z') started.pop_back();

        Totals all;
        for (const auto &rule : array(results, "rules")) all.add(rule);
        out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        out << "<testsuites"
            << attr("name", "rtkconf " + text(impl, "label") + " (" + text(impl, "platform") + ")")
            << all.attributes() << ">\n";
        for (const auto &family : count_by_family(results)) {
            const std::string name = family.family.empty() ? "(no family)" : family.family;
            Totals totals;
            for (const auto &rule : array(results, "rules"))
                if (text(rule, "family") == family.family) totals.add(rule);
            out << "  <testsuite" << attr("name", name) << totals.attributes()
                << attr("timestamp", started) << ">\n";
            write_properties(out, results);
            for (const auto &rule : array(results, "rules"))
                if (text(rule, "family") == family.family) write_testcase(out, rule, name);
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
