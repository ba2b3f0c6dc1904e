// report.html as rendered by C++ (what a reader without JavaScript sees).
#include <gtest/gtest.h>

#include "rtkconf/report.h"
#include "test_support.h"

namespace rtkconf::report {
namespace {

using namespace testing;
using results::Results;

TEST(HtmlReport, IsOneSelfContainedPage) {
    const std::string page =
        render(*make_html_report_writer(), load_sample("reference_linux.json"));
    EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_EQ(count_of(page, "{{"), 0) << "every template marker is filled";
    EXPECT_EQ(count_of(page, "<link"), 0);
    EXPECT_EQ(count_of(page, "src=\""), 0) << "no external script or image";
    EXPECT_EQ(count_of(page, "http://"), 0);
    EXPECT_EQ(count_of(page, "https://"), 0);
    EXPECT_EQ(count_of(page, "@import"), 0);
    EXPECT_EQ(count_of(page, "<style>"), 1);
    EXPECT_NE(page.find("id=\"rtk-results\""), std::string::npos);
    EXPECT_NE(page.find("function Filters(rows, statuses)"), std::string::npos)
        << "report.js is inlined";
}

TEST(HtmlReport, PlainHtmlHoldsVerdictIdentitySummaryAndRules) {
    const Results doc = load_sample("mutant_linux.json");
    const std::string page = render(*make_html_report_writer(), doc);
    EXPECT_NE(page.find("<span class=\"verdict-text\">NOT CONFORMANT</span>"), std::string::npos);
    EXPECT_NE(page.find("5 rules that count for the verdict did not pass"), std::string::npos);
    EXPECT_NE(page.find(doc.implementation.sha256), std::string::npos);
    EXPECT_NE(page.find("linux-x86_64"), std::string::npos);
    EXPECT_NE(page.find("2026-11-27T14:05:00Z"), std::string::npos);
    EXPECT_EQ(count_of(page, "<tr class=\"rule-row "), static_cast<int>(doc.rules.size()));
    EXPECT_EQ(count_of(page, "<details class=\"calllog\">"), static_cast<int>(doc.rules.size()) - 1)
        << "every rule with tests has a call log (SHM-LIFE-002 has none)";
    EXPECT_NE(page.find("<tr data-family=\"names\"><td>names</td><td class=\"num\">1</td><td "
                        "class=\"num\">2</td>"),
              std::string::npos)
        << "names: 1 pass, 2 fail";
    EXPECT_NE(page.find("1 of 3 plugins did not load"), std::string::npos);
    EXPECT_NE(page.find("undefined symbol: rtkconf_plugin_entry_v2"), std::string::npos);
    EXPECT_NE(page.find("<td class=\"observed\">STATUS_SUCCESS</td>"), std::string::npos)
        << "profile section";
}

TEST(HtmlReport, HostileEvidenceStaysText) {
    const std::string page = render(*make_html_report_writer(), load_sample("mutant_linux.json"));
    EXPECT_EQ(count_of(page, "</script>"), 2) << "only the page's own two script elements close";
    EXPECT_EQ(count_of(page, "<script>document"), 0);
    EXPECT_EQ(count_of(page, "<img"), 0);
    EXPECT_NE(page.find("&lt;/script&gt;&lt;script&gt;document.body.setAttribute"),
              std::string::npos);
    EXPECT_NE(page.find("bad control bytes \\x01\\x07\\x1B[31m"), std::string::npos);
}

TEST(HtmlReport, EveryTextOfTheDocumentIsEscaped) {
    // One hostile string in every text field the page shows: none of it may
    // become markup, whichever section renders it.
    const std::string hostile = "<b id=\"x\">&'";
    Results doc = load_sample("mutant_linux.json");
    doc.implementation = {hostile, hostile, hostile, hostile, hostile, {}, hostile};
    doc.harness = {hostile, hostile};
    doc.started = hostile;
    doc.rule_filter = hostile;
    doc.remaining_names = {hostile};
    doc.plugins[0].path = doc.plugins[0].status = doc.plugins[0].message = hostile;
    for (auto &rule : doc.rules) {
        rule.id = rule.id + hostile;
        rule.family = rule.title = rule.source = rule.observed = rule.rerun = hostile;
        rule.evidence = {hostile};
        rule.expected_failure =
            results::Expectation{hostile, hostile, results::Outcome::not_judged};
        for (auto &test : rule.tests) {
            test.name = hostile;
            test.messages = {hostile};
            for (auto &call : test.calls) call = {hostile, hostile, hostile, hostile, hostile};
        }
    }
    doc.rules.back().id = "SHM-LEAK-001";
    doc.rules.back().status = doc.rules.back().tests.at(0).status = results::Status::fail;
    const std::string page = render(*make_html_report_writer(), doc);
    EXPECT_EQ(count_of(page, "<b id"), 0);
    EXPECT_GT(count_of(page, "&lt;b id=&quot;x&quot;&gt;&amp;&#39;"), 20);
}

TEST(HtmlReport, WritesTheFile) {
    TempDir dir;
    const auto path = dir.path() / "out" / "report.html";
    EXPECT_EQ(write_file(*make_html_report_writer(), load_sample("reference_linux.json"), path),
              std::nullopt);
    EXPECT_NE(read_text(path).find("<span class=\"verdict-text\">CONFORMANT</span>"),
              std::string::npos);
    EXPECT_EQ(make_html_report_writer()->default_file_name(), "report.html");
    const auto error =
        write_file(*make_html_report_writer(), Results{}, path / "under-a-file.html");
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->rfind("cannot create ", 0), 0u) << *error;
}

}  // namespace
}  // namespace rtkconf::report

namespace rtkconf::report {
namespace {

TEST(HtmlReport, TemplateMarkersInDataAreNotExpanded) {
    results::Results doc = testing::load_sample("reference_linux.json");
    doc.rules[0].title = "{{css}} {{results_json}}";
    const std::string page = render(*make_html_report_writer(), doc);
    EXPECT_EQ(testing::count_of(page, "{{css}} {{results_json}}"), 2)
        << "plain-HTML row and the JSON";
    EXPECT_EQ(testing::count_of(page, "<style>"), 1);
}

}  // namespace
}  // namespace rtkconf::report
