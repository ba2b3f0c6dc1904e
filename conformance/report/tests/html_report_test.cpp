// report.html as rendered by C++ (what a reader without JavaScript sees).
#include <gtest/gtest.h>

#include "rtkconf/report.h"
#include "test_support.h"

namespace rtkconf::report {
namespace {

using namespace testing;
using nlohmann::json;

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
    const json doc = load_sample("mutant_linux.json");
    const std::string page = render(*make_html_report_writer(), doc);
    EXPECT_NE(page.find("<span class=\"verdict-text\">NOT CONFORMANT</span>"), std::string::npos);
    EXPECT_NE(page.find("5 rules that count for the verdict did not pass"), std::string::npos);
    EXPECT_NE(page.find(doc["implementation"]["sha256"].get<std::string>()), std::string::npos);
    EXPECT_NE(page.find("linux-x86_64"), std::string::npos);
    EXPECT_NE(page.find("2026-11-27T14:05:00Z"), std::string::npos);
    EXPECT_EQ(count_of(page, "<tr class=\"rule-row "), static_cast<int>(doc["rules"].size()));
    EXPECT_EQ(count_of(page, "<details class=\"calllog\">"),
              static_cast<int>(doc["rules"].size()) - 1)
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

TEST(HtmlReport, MalformedDocumentsRenderWithoutThrowing) {
    const json inputs[] = {
        json(), json::array(), json("text"), json::object(),
        json{{"rules", {1, "x", nullptr, {{"id", std::string("\xFF")}, {"tests", 5}}}},
             {"plugins", "none"},
             {"implementation", {{"label", {1, 2}}}}}};
    for (std::size_t i = 0; i < std::size(inputs); ++i) {
        std::string page;
        ASSERT_NO_THROW(page = render(*make_html_report_writer(), inputs[i])) << "row " << i;
        EXPECT_NE(page.find("VERDICT UNKNOWN"), std::string::npos) << "row " << i;
    }
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
        write_file(*make_html_report_writer(), json::object(), path / "under-a-file.html");
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->rfind("cannot create ", 0), 0u) << *error;
}

}  // namespace
}  // namespace rtkconf::report

namespace rtkconf::report {
namespace {

TEST(HtmlReport, TemplateMarkersInDataAreNotExpanded) {
    nlohmann::json doc = testing::load_sample("reference_linux.json");
    doc["rules"][0]["title"] = "{{css}} {{results_json}}";
    const std::string page = render(*make_html_report_writer(), doc);
    EXPECT_EQ(testing::count_of(page, "{{css}} {{results_json}}"), 2)
        << "plain-HTML row and the JSON";
    EXPECT_EQ(testing::count_of(page, "<style>"), 1);
}

}  // namespace
}  // namespace rtkconf::report
