// report.html and the matrix page opened in headless Chromium: checks what
// report.js / matrix.js actually built in a real browser (--dump-dom gives
// the DOM after the load event). Fails when Chromium is missing: install
// Debian's `chromium` (or point RTKCONF_CHROMIUM at a binary).
#include <cstdlib>
#include <regex>

#include <gtest/gtest.h>

#include "rtkconf/report.h"
#include "test_support.h"

namespace rtkconf::report {
namespace {

using namespace testing;
using nlohmann::json;

// How long one --dump-dom may take: a fresh profile's first run took 11 s
// on a 2-core machine at load 13 (4 s once the binary was cached); four
// times the worst. CTest gives each test 150 s (two tries).
constexpr std::chrono::seconds kChromiumBound{45};

class Browser : public ::testing::Test {
  protected:
    void SetUp() override {
        const char *configured = std::getenv("RTKCONF_CHROMIUM");
        chromium_ = find_tool("chromium", configured ? configured : "/usr/bin/chromium");
        ASSERT_FALSE(chromium_.empty()) << "chromium not found: install Debian's chromium package";
    }

    // The DOM of `page` (written to a file) once its scripts ran.
    std::string dump_dom(const std::string &page, const std::string &fragment = "") {
        const auto file = dir_.path() / ("page" + std::to_string(pages_++) + ".html");
        write_text(file, page);
        const auto profile = dir_.path() / ("profile" + std::to_string(pages_));
        std::string where = std::filesystem::absolute(file).generic_string();
        if (where.front() != '/') where.insert(0, "/");  // file:///C:/... on Windows
        const std::string url = "file://" + where + fragment;
        const auto run_chromium = [&](const std::string &profile_dir) {
            return run_tool(
                chromium_,
                {"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--user-data-dir=" + profile_dir, "--dump-dom", url},
                kChromiumBound);
        };
        // Chromium once ran past the 45 s bound on a page that takes it 4-11 s
        // (load 11, other builds running): the browser failing, not the page.
        // One more try, with a profile of its own (the first may still be
        // locked by the killed browser).
        ToolRun run = run_chromium(profile.string());
        if (run.timed_out) run = run_chromium(profile.string() + "-again");
        EXPECT_TRUE(run.started) << run.err;
        EXPECT_FALSE(run.timed_out)
            << "chromium did not finish in " << kChromiumBound.count() << " s";
        EXPECT_EQ(run.exit_code, 0) << run.err;
        return run.out;
    }

    static int count_matches(const std::string &text, const std::string &pattern) {
        const std::regex re(pattern);
        return static_cast<int>(std::distance(std::sregex_iterator(text.begin(), text.end(), re),
                                              std::sregex_iterator()));
    }

    std::filesystem::path chromium_;
    TempDir dir_;
    int pages_ = 0;
};

TEST_F(Browser, ReportScriptFiltersTheRenderedRows) {
    const json doc = load_sample("mutant_linux.json");
    const std::string page = render(*make_html_report_writer(), doc);
    const std::string dom = dump_dom(page);
    ASSERT_NE(dom.find("data-rtk-filters=\"on\""), std::string::npos)
        << "report.js did not finish:\n"
        << dom.substr(0, 2000);
    // One renderer: the script adds the filter bar and nothing else, so
    // the rows in the browser are the rows the writer rendered.
    EXPECT_EQ(count_matches(dom, "<tr class=\"rule-row "),
              count_matches(page, "<tr class=\"rule-row "));
    EXPECT_EQ(count_matches(dom, "<tr class=\"rule-row "), static_cast<int>(doc["rules"].size()));
    EXPECT_EQ(count_matches(dom, "<tr class=\"rule-row [^>]*hidden"), 0)
        << "no filter in the URL: all shown";
    EXPECT_NE(dom.find("id=\"rtk-filters\""), std::string::npos);
    EXPECT_EQ(count_matches(dom, "<button type=\"button\" class=\"filter-status "), 6);
    EXPECT_NE(dom.find("id=\"rtk-family-filter\""), std::string::npos);
    EXPECT_EQ(count_matches(dom, "<option value=\"[^\"]+\">"), 7) << "one option per family";
    EXPECT_NE(dom.find("id=\"rtk-expand-all\""), std::string::npos);
    EXPECT_NE(dom.find("Showing 9 of 9 rules"), std::string::npos);
    EXPECT_NE(dom.find("<span class=\"verdict-text\">NOT CONFORMANT</span>"), std::string::npos);
    EXPECT_NE(dom.find("5 rules that count for the verdict did not pass</span>"),
              std::string::npos);
    EXPECT_EQ(dom.find("data-pwned=\""), std::string::npos) << "evidence text became markup";
    EXPECT_NE(dom.find("&lt;/script&gt;&lt;script&gt;document.body"), std::string::npos);
    EXPECT_NE(dom.find("bad control bytes \\x01\\x07\\x1B[31m"), std::string::npos)
        << "controls made visible";
}

TEST_F(Browser, ReportFilterFromTheUrlHidesOtherStatuses) {
    const json doc = load_sample("mutant_linux.json");
    const std::string dom =
        dump_dom(render(*make_html_report_writer(), doc), "#status=fail,crash&family=names");
    ASSERT_NE(dom.find("data-rtk-filters=\"on\""), std::string::npos);
    // names holds SHM-NAME-001 (pass), -004 (fail), -006 (fail): two shown.
    EXPECT_NE(dom.find("Showing 2 of 9 rules"), std::string::npos);
    EXPECT_EQ(count_matches(dom, "<tr class=\"rule-row [^>]*hidden"), 7);
    EXPECT_EQ(
        count_matches(
            dom, "class=\"filter-status [^\"]*\" data-status=\"[a-z]+\" aria-pressed=\"true\""),
        2);
}

TEST_F(Browser, VerdictOfAConformantRun) {
    const std::string dom =
        dump_dom(render(*make_html_report_writer(), load_sample("reference_linux.json")));
    ASSERT_NE(dom.find("data-rtk-filters=\"on\""), std::string::npos);
    EXPECT_NE(dom.find("<span class=\"verdict-text\">CONFORMANT</span>"), std::string::npos);
    EXPECT_NE(dom.find("every rule that counts passed or was skipped"), std::string::npos);
    EXPECT_EQ(count_matches(dom, "<tr class=\"rule-row "), 9);
}

TEST_F(Browser, MatrixDifferencesOnly) {
    const std::vector<json> docs = {load_sample("reference_linux.json"),
                                    load_sample("mutant_linux.json"),
                                    load_sample("reference_wine.json")};
    const std::string dom = dump_dom(render_merge_matrix(docs), "#differs");
    ASSERT_NE(dom.find("data-rtk-rendered=\"js\""), std::string::npos);
    EXPECT_NE(dom.find("id=\"rtk-differs-only\""), std::string::npos);
    EXPECT_NE(dom.find("Showing 7 of 10 rules"), std::string::npos);
    EXPECT_EQ(count_matches(dom, "<tr data-rule-id=\"[^\"]+\" data-differs=\"0\" hidden"), 3);
}

}  // namespace
}  // namespace rtkconf::report
