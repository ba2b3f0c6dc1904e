// The merge matrix over the three sample runs.
#include <gtest/gtest.h>

#include "rtkconf/report.h"
#include "test_support.h"

namespace rtkconf::report {
namespace {

using namespace testing;
using results::Results;

std::vector<Results> samples() {
    return {load_sample("reference_linux.json"), load_sample("mutant_linux.json"),
            load_sample("reference_wine.json")};
}

// The <tr> of rule `id`, from its start to its end.
std::string row_of(const std::string &page, const std::string &id) {
    const auto start = page.find("<tr data-rule-id=\"" + id + "\"");
    if (start == std::string::npos) return {};
    return page.substr(start, page.find("</tr>", start) - start);
}

TEST(Merge, RowsAreTheUnionOfRuleIds) {
    const std::string page = render_merge_matrix(samples());
    EXPECT_EQ(count_of(page, "<tr data-rule-id="), 10)
        << "9 rules in every run or two, plus SHM-OPEN-003";
    EXPECT_LT(page.find("data-rule-id=\"SHM-INFO-001\""),
              page.find("data-rule-id=\"SHM-NAME-001\""))
        << "rows are sorted by ID";
    EXPECT_NE(page.find("3 implementations, 10 rules, 7 differing"), std::string::npos);
}

TEST(Merge, ColumnsCarryLabelPlatformAndVerdict) {
    const std::string page = render_merge_matrix(samples());
    const auto a = page.find("<div class=\"impl-label\">librtkref.so</div><div class=\"impl-sha");
    const auto b = page.find("<div class=\"impl-label\">rtkmut_shm_name_004</div>");
    const auto c = page.find("<div class=\"impl-label\">rtkref.dll</div>");
    EXPECT_NE(page.find("<div class=\"impl-platform\">windows-x86_64-wine &middot; lenient"),
              std::string::npos);
    // Each column says which build it judged and when: label, SHA-256, date.
    const std::string sha = samples()[0].implementation.sha256;
    EXPECT_NE(page.find("<div class=\"impl-sha mono\">sha256 " + sha.substr(0, 12) + "</div>"),
              std::string::npos);
    EXPECT_NE(page.find("<div class=\"impl-date\">" + samples()[0].started + "</div>"),
              std::string::npos);
    ASSERT_NE(a, std::string::npos);
    ASSERT_NE(b, std::string::npos);
    ASSERT_NE(c, std::string::npos);
    EXPECT_TRUE(a < b && b < c) << "columns keep the order of the documents";
    EXPECT_NE(page.find("<td class=\"verdict-cell verdict-conformant\">CONFORMANT</td>"
                        "<td class=\"verdict-cell verdict-not-conformant\">NOT CONFORMANT</td>"
                        "<td class=\"verdict-cell verdict-conformant\">CONFORMANT</td>"),
              std::string::npos);
}

TEST(Merge, CellsShowEachRunsStatusOrAbsence) {
    const std::string page = render_merge_matrix(samples());
    const std::string share = row_of(page, "SHM-SHARE-001");
    EXPECT_EQ(count_of(share, "badge st-pass"), 2) << share;
    EXPECT_EQ(count_of(share, "badge st-crash"), 1) << share;
    EXPECT_NE(share.find("data-differs=\"1\""), std::string::npos);
    const std::string open = row_of(page, "SHM-OPEN-003");
    EXPECT_EQ(count_of(open, "st-absent"), 2) << open;
    EXPECT_EQ(count_of(row_of(page, "SHM-INFO-002"), "st-absent"), 1);
    EXPECT_NE(row_of(page, "SHM-NAME-001").find("data-differs=\"0\""), std::string::npos);
    EXPECT_EQ(count_of(page, "st-absent\""), 3);
}

TEST(Merge, NoDocumentsGiveAPageThatSaysSo) {
    const std::string page = render_merge_matrix({});
    EXPECT_NE(page.find("No results documents were given."), std::string::npos);
}

TEST(Merge, AShardsColumnSaysWhichShardItIs) {
    std::vector<Results> docs = samples();
    docs[0].shard = results::Shard{2, 3};
    const std::string page = render_merge_matrix(docs);
    EXPECT_NE(page.find(" &middot; shard 2/3</div>"), std::string::npos);
    EXPECT_NE(page.find("verdict-partial\">PARTIAL</td>"), std::string::npos)
        << "one shard is never the whole run's verdict";
}

}  // namespace
}  // namespace rtkconf::report
