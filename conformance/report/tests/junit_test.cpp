// junit.xml read back by a real XML parser (xmllint, Debian libxml2-utils):
// well-formed, valid against tests/data/junit.xsd, and with the expected
// structure, queried by XPath.
#include <gtest/gtest.h>

#include "rtkconf/report.h"
#include "test_support.h"

namespace rtkconf::report {
namespace {

using namespace testing;
using nlohmann::json;

class JUnit : public ::testing::Test {
  protected:
    void SetUp() override {
        xmllint_ = find_tool("xmllint", "/usr/bin/xmllint");
        ASSERT_FALSE(xmllint_.empty()) << "xmllint not found: install Debian's libxml2-utils";
    }

    std::filesystem::path write_junit(const results::Results &doc) {
        const auto path = dir_.path() / "junit.xml";
        EXPECT_EQ(write_file(*make_junit_writer(), doc, path), std::nullopt);
        return path;
    }

    // The string value of an XPath expression over `file`.
    std::string xpath(const std::filesystem::path &file, const std::string &expression) {
        const ToolRun run =
            run_tool(xmllint_, {"--xpath", "string(" + expression + ")", file.string()},
                     std::chrono::seconds(10));
        EXPECT_TRUE(run.started && !run.timed_out) << expression;
        std::string value = run.out;
        if (!value.empty() && value.back() == '\n')
            value.pop_back();  // xmllint ends the output with one
        return value;
    }

    ToolRun validate(const std::filesystem::path &file) {
        const auto xsd = std::filesystem::path(RTKCONF_REPORT_TEST_DATA) / "junit.xsd";
        return run_tool(xmllint_, {"--noout", "--schema", xsd.string(), file.string()},
                        std::chrono::seconds(10));
    }

    std::filesystem::path xmllint_;
    TempDir dir_;
};

TEST_F(JUnit, SamplesAreValidAgainstTheJUnitSchema) {
    for (const char *name : {"reference_linux.json", "mutant_linux.json", "reference_wine.json"}) {
        const auto file = write_junit(load_sample(name));
        const ToolRun run = validate(file);
        EXPECT_EQ(run.exit_code, 0) << name << ":\n" << run.err;
    }
}

TEST_F(JUnit, OneSuitePerFamilyOneCasePerRule) {
    const results::Results doc = load_sample("mutant_linux.json");
    const auto file = write_junit(doc);
    EXPECT_EQ(xpath(file, "count(/testsuites/testsuite)"), "7");
    EXPECT_EQ(xpath(file, "count(//testcase)"), std::to_string(doc.rules.size()));
    EXPECT_EQ(xpath(file, "/testsuites/@tests"), std::to_string(doc.rules.size()));
    EXPECT_EQ(xpath(file, "/testsuites/@failures"), "2");
    EXPECT_EQ(xpath(file, "/testsuites/@errors"), "3");
    EXPECT_EQ(xpath(file, "/testsuites/@skipped"), "1");
    EXPECT_EQ(xpath(file, "//testsuite[@name='names']/@tests"), "3");
    EXPECT_EQ(xpath(file, "//testsuite[@name='names']/@failures"), "2");
    EXPECT_EQ(xpath(file, "//testsuite[@name='names']/@timestamp"), "2026-11-27T14:05:00");
    EXPECT_EQ(
        xpath(
            file,
            "//testsuite[@name='names']/properties/property[@name='implementation.sha256']/@value"),
        doc.implementation.sha256);
}

TEST_F(JUnit, EachStatusMapsToItsElement) {
    const auto file = write_junit(load_sample("mutant_linux.json"));
    const std::string the_case =
        "//testcase[@name='SHM-NAME-004 A name of 261 UTF-16 code units is refused']";
    EXPECT_EQ(xpath(file, the_case + "/@classname"), "names");
    EXPECT_EQ(xpath(file, the_case + "/@time"), "0.012");
    EXPECT_EQ(xpath(file, the_case + "/failure/@type"), "fail");
    EXPECT_EQ(
        xpath(file, "count(//testcase[starts-with(@name,'SHM-SHARE-001')]/error[@type='crash'])"),
        "1");
    EXPECT_EQ(
        xpath(file, "count(//testcase[starts-with(@name,'SHM-NS-003')]/error[@type='timeout'])"),
        "1");
    EXPECT_EQ(
        xpath(file, "count(//testcase[starts-with(@name,'SHM-SIZE-002')]/error[@type='error'])"),
        "1");
    EXPECT_EQ(xpath(file, "count(//testcase[starts-with(@name,'SHM-LIFE-002')]/skipped)"), "1");
    EXPECT_EQ(
        xpath(file,
              "count(//testcase[starts-with(@name,'SHM-NAME-001')]/*[not(self::system-out)])"),
        "0");
    EXPECT_EQ(
        xpath(
            file,
            "substring-before(//testcase[starts-with(@name,'SHM-SHARE-001')]/error/@message, ':')"),
        "crash");
    EXPECT_EQ(
        xpath(file,
              "substring-before(//testcase[starts-with(@name,'SHM-NS-003')]/error/@message, ':')"),
        "timeout");
}

TEST_F(JUnit, EvidenceAndCallLogSurviveTheRoundTrip) {
    const auto file = write_junit(load_sample("mutant_linux.json"));
    const std::string out = xpath(file, "//testcase[starts-with(@name,'SHM-NAME-004')]/system-out");
    EXPECT_NE(out.find("peer 1: RtkCreateSharedMemory(PAGE_READWRITE, 0, 4096, L\"AAAA...(261)\", "
                       "&Location) -> "
                       "0x00000000 STATUS_SUCCESS"),
              std::string::npos)
        << out;
    EXPECT_NE(out.find("</script><script>"), std::string::npos)
        << "evidence is text, read back verbatim:\n"
        << out;
    EXPECT_NE(out.find("Expected: 0xC0000106 <&> \"quoted\" ]]>"), std::string::npos) << out;
    const std::string error = xpath(file, "//testcase[starts-with(@name,'SHM-SIZE-002')]/error");
    EXPECT_NE(error.find("bad control bytes \\x01\\x07\\x1B[31m"), std::string::npos) << error;
}

TEST_F(JUnit, HostileTextStillGivesValidXml) {
    results::Results doc = load_sample("reference_linux.json");
    doc.rules[0].title = std::string("bad \xFF\xFE utf8 \x01 \xEF\xBF\xBF");
    doc.rules[1].family = "fam<&>\"'";
    doc.rules[2].status = results::Status::fail;
    doc.rules[2].evidence = {"]]> </failure> \x1B[31m"};
    doc.implementation.label = std::string("lab\x02el");
    const auto file = write_junit(doc);
    const ToolRun run = validate(file);
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(xpath(file, "//testcase[starts-with(@name,'SHM-NAME-004')]/@classname"), "fam<&>\"'");
    EXPECT_NE(xpath(file, "//testcase[starts-with(@name,'SHM-NAME-006')]/failure")
                  .find("]]> </failure> \\x1B[31m"),
              std::string::npos);
}

}  // namespace
}  // namespace rtkconf::report
