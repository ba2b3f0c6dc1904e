// How the outputs present what a vendor acts on: a filtered run is partial,
// a harness error incomplete, leaks have their own section, a failing rule
// carries the command that reruns it, declared failures keep their reason,
// non-counted rules are never JUnit failures, diff shows both profiles.
#include <gtest/gtest.h>

#include "rtkconf/report.h"
#include "test_support.h"

namespace rtkconf::report {
namespace {

using namespace testing;
using results::Level;
using results::Outcome;
using results::Results;
using results::Rule;
using results::Status;

Rule rule_with(const std::string &id, Level level, Status status, bool counts) {
    Rule rule = load_sample("mutant_linux.json").rules[0];
    rule.id = id;
    rule.level = level;
    rule.status = status;
    rule.counts_for_verdict = counts;
    rule.rerun = "'/bin/rtkconf' run --impl '/lib/x.so' --profile strict --rules '" + id + "'";
    return rule;
}

TEST(VerdictPresentation, AFilteredRunIsPartialNeverConformant) {
    Results doc = load_sample("reference_linux.json");
    doc.rule_filter = "SHM-NAME-*";
    const std::string page = render(*make_html_report_writer(), doc);
    EXPECT_NE(page.find("<span class=\"verdict-text\">PARTIAL</span>"), std::string::npos);
    EXPECT_EQ(page.find(">CONFORMANT<"), std::string::npos);
    EXPECT_NE(page.find("only the rules --rules &#39;SHM-NAME-*&#39; selects were run"),
              std::string::npos);
    const std::vector<Results> docs{load_sample("reference_linux.json"), doc};
    const std::string matrix = render_merge_matrix(docs);
    EXPECT_NE(matrix.find("verdict-partial\">PARTIAL</td>"), std::string::npos);
    EXPECT_NE(matrix.find("rules SHM-NAME-*"), std::string::npos) << "the column says so";
}

TEST(VerdictPresentation, AnIncompleteRunSaysSo) {
    Results doc = load_sample("reference_linux.json");
    doc.verdict = results::Verdict::incomplete;
    const std::string page = render(*make_html_report_writer(), doc);
    EXPECT_NE(page.find("<span class=\"verdict-text\">INCOMPLETE</span>"), std::string::npos);
    EXPECT_NE(page.find("harness errors left rules unjudged"), std::string::npos);
}

TEST(VerdictPresentation, AFailingRuleShowsTheCommandThatRerunsIt) {
    Results doc = load_sample("mutant_linux.json");
    doc.rules = {rule_with("SHM-A-001", Level::must, Status::fail, true),
                 rule_with("SHM-B-001", Level::must, Status::pass, true)};
    const std::string page = render(*make_html_report_writer(), doc);
    EXPECT_NE(page.find("rerun: <code>&#39;/bin/rtkconf&#39; run --impl &#39;/lib/x.so&#39; "
                        "--profile strict --rules &#39;SHM-A-001&#39;</code>"),
              std::string::npos)
        << page.substr(page.find("rule-SHM-A-001"), 3000);
    EXPECT_EQ(page.find("--rules &#39;SHM-B-001"), std::string::npos) << "passing rules need none";
}

TEST(VerdictPresentation, LeaksHaveTheirOwnSection) {
    Results doc = load_sample("mutant_linux.json");
    Rule leak = rule_with("SHM-LEAK-001", Level::should, Status::fail, true);
    leak.tests = {results::Test{"SHM_NAME_001.X",
                                Status::fail,
                                0,
                                {"leak: \"n1\" still opens as mutex 2000 ms after every process"},
                                {}}};
    doc.rules.push_back(leak);
    doc.remaining_names = {"\"n1\" (mutex)"};
    const std::string page = render(*make_html_report_writer(), doc);
    EXPECT_NE(page.find("<section id=\"leaks\">"), std::string::npos);
    EXPECT_NE(page.find("<td><code>SHM_NAME_001.X</code></td>"), std::string::npos);
    EXPECT_NE(page.find("id=\"rtk-remaining-names\"><li><code>&quot;n1&quot; (mutex)</code>"),
              std::string::npos);
    EXPECT_NE(render(*make_html_report_writer(), load_sample("reference_linux.json"))
                  .find("id=\"rtk-no-leaks\""),
              std::string::npos)
        << "a run without leaks says so";
}

TEST(VerdictPresentation, DeclaredFailuresKeepTheirReasonEverywhere) {
    Results doc = load_sample("mutant_linux.json");
    Rule declared = rule_with("SHM-A-001", Level::must, Status::fail, true);
    declared.expected_failure =
        results::Expectation{"case-folded names", "BUG-12", Outcome::expected_fail};
    doc.rules = {declared};
    const std::string page = render(*make_html_report_writer(), doc);
    EXPECT_NE(page.find("expected fail"), std::string::npos);
    EXPECT_NE(page.find("declared by the vendor: case-folded names (BUG-12)"), std::string::npos);
    const std::vector<Results> docs{doc};
    EXPECT_NE(render_merge_matrix(docs).find("(expected)"), std::string::npos);
    Results before = doc;
    before.rules[0].expected_failure.reset();
    const ResultsDiff d = diff(before, doc);
    ASSERT_EQ(d.changes.size(), 1u) << "declaring a failure is a change a reader must see";
    EXPECT_EQ(d.changes[0].after, "fail (expected)");
}

TEST(VerdictPresentation, InJUnitOnlyWhatCountsFails) {
    Results doc = load_sample("mutant_linux.json");
    Rule info = rule_with("SHM-INFO-009", Level::info, Status::fail, false);
    Rule should_lenient = rule_with("SHM-S-001", Level::should, Status::fail, false);
    Rule expected = rule_with("SHM-E-001", Level::must, Status::fail, true);
    expected.expected_failure = results::Expectation{"known", "", Outcome::expected_fail};
    Rule stale = rule_with("SHM-P-001", Level::must, Status::pass, true);
    stale.expected_failure = results::Expectation{"old", "", Outcome::unexpected_pass};
    doc.rules = {info, should_lenient, expected, stale};
    const std::string xml = render(*make_junit_writer(), doc);
    EXPECT_EQ(count_of(xml, "<failure"), 1) << xml;
    EXPECT_NE(xml.find("<failure message=\"unexpected pass: the failure declared"),
              std::string::npos)
        << xml;
    EXPECT_NE(xml.find("<skipped message=\"expected fail (known): "), std::string::npos) << xml;
    EXPECT_EQ(count_of(xml, "<error"), 0) << xml;
    EXPECT_NE(xml.find("<testsuites name=\"rtkconf"), std::string::npos);
    EXPECT_NE(xml.find("failures=\"1\" errors=\"0\" skipped=\"1\""), std::string::npos) << xml;
}

TEST(VerdictPresentation, DiffPrintsBothProfiles) {
    Results lenient = load_sample("reference_linux.json");
    lenient.profile = results::Profile::lenient;
    const std::string text = render_diff_text(diff(load_sample("reference_linux.json"), lenient));
    EXPECT_NE(text.find(", profile strict\n"), std::string::npos) << text;
    EXPECT_NE(text.find(", profile lenient\n"), std::string::npos) << text;
    EXPECT_NE(text.find("the profiles differ"), std::string::npos) << text;
}

}  // namespace
}  // namespace rtkconf::report
