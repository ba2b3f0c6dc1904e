// Name rules: length in code units, the backslash, case, malformed
// UNICODE_STRINGs, and names that mean "unnamed".
#include "namespace_fixture.h"

namespace rtkref_it {
namespace {

using NameRules = NamespaceTest;

TEST_F(NameRules, NameOf260CodeUnitsIsAcceptedAndShared) {
    auto &a = attached_peer("A");
    auto &b = attached_peer("B");
    const std::u16string longest(260, u'n');
    expect_status(a, create_shm("s", longest), STATUS_SUCCESS);
    expect_ok(a, write("s", 0, 64, 5));
    expect_status(b, open_shm("s", longest), STATUS_SUCCESS);
    expect_ok(b, check("s", 0, 64, 5));
}

TEST_F(NameRules, NameOf261CodeUnitsIsNameTooLong) {
    auto &a = attached_peer("A");
    expect_status(a, create_shm("s", std::u16string(261, u'n')), STATUS_NAME_TOO_LONG);
    expect_status(a, open_shm("s", std::u16string(261, u'n')), STATUS_NAME_TOO_LONG);
}

TEST_F(NameRules, BackslashAnywhereIsObjectNameInvalid) {
    const std::u16string names[] = {u"\\start", u"mid\\dle", u"end\\"};
    auto &a = attached_peer("A");
    for (std::size_t i = 0; i < std::size(names); ++i) {
        const std::string row = "row " + std::to_string(i);
        expect_status(a, create_shm("s", names[i]), STATUS_OBJECT_NAME_INVALID, row);
        expect_status(a, open_shm("s", names[i]), STATUS_OBJECT_NAME_INVALID, row);
    }
}

TEST_F(NameRules, NamesAreCaseSensitive) {
    auto &a = attached_peer("A");
    auto &b = attached_peer("B");
    expect_status(a, create_shm("upper", u"Abc"), STATUS_SUCCESS);
    expect_ok(a, write("upper", 0, 4096, 21));
    // "abc" is another object: created fresh, reading zero.
    expect_status(b, create_shm("lower", u"abc"), STATUS_SUCCESS);
    expect_ok(b, check_zero("lower", 0, 4096));
    expect_status(b, open_shm("again", u"Abc"), STATUS_SUCCESS);
    expect_ok(b, check("again", 0, 4096, 21));
    expect_status(b, open_shm("none", u"ABC"), STATUS_OBJECT_NAME_NOT_FOUND);
}

TEST_F(NameRules, MalformedUnicodeStringIsInvalidParameter) {
    struct Row {
        const char *what;
        rtkconf::NameArg name;
    };
    std::vector<Row> rows;
    rows.push_back({"odd Length", name_arg(u"abc")});
    rows.back().name.length = 5;
    rows.push_back({"Length > MaximumLength", name_arg(u"abc")});
    rows.back().name.maximum_length = 4;
    rows.push_back({"NULL Buffer with Length > 0", name_arg(u"abc")});
    rows.back().name.null_buffer = true;
    auto &a = attached_peer("A");
    auto &b = attached_peer("B");
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::string row = "row " + std::to_string(i) + " (" + rows[i].what + ")";
        expect_status(a, create_shm("s", rows[i].name), STATUS_INVALID_PARAMETER, row);
        Step open_step = open_shm("s", u"");
        open_step.name = rows[i].name;
        expect_status(a, open_step, STATUS_INVALID_PARAMETER, row);
        // Nothing was created under the well-formed reading of the name.
        expect_status(b, open_shm("probe", u"abc"), STATUS_OBJECT_NAME_NOT_FOUND, row);
    }
}

TEST_F(NameRules, NullNameCreatesDistinctUnnamedObjects) {
    auto &a = attached_peer("A");
    const auto first = expect_status(a, create_shm("one", null_name()), STATUS_SUCCESS);
    const auto second = expect_status(a, create_shm("two", null_name()), STATUS_SUCCESS);
    EXPECT_NE(first.handle, second.handle);
    EXPECT_NE(first.location, second.location);
    expect_ok(a, write("one", 0, 4096, 31));
    expect_ok(a, check_zero("two", 0, 4096));
}

TEST_F(NameRules, EmptyNameCreatesDistinctUnnamedObjects) {
    auto &a = attached_peer("A");
    auto &b = attached_peer("B");
    expect_status(a, create_shm("one", u""), STATUS_SUCCESS);
    expect_ok(a, write("one", 0, 4096, 41));
    // Unnamed: another create with the empty name is a new, zeroed object.
    expect_status(b, create_shm("two", u""), STATUS_SUCCESS);
    expect_ok(b, check_zero("two", 0, 4096));
    expect_status(a, create_shm("three", u""), STATUS_SUCCESS);
    expect_ok(a, check_zero("three", 0, 4096));
}

}  // namespace
}  // namespace rtkref_it
