// SHM-NAME-006..008, 010, 011: names refused for their content or their
// UNICODE_STRING, and the empty name (rules in names_rules.cpp).
#include <optional>
#include <string>

#include "name_helpers.h"

namespace {

using namespace rtkconf;
using namespace rtkconf::plugin;
using namespace rtkconf::plugin::names;

struct BackslashRow {
    const char *label;
    std::u16string before, after;  // around the unique part of the name
};

const BackslashRow kBackslash[] = {
    {"at the start", u"\\", u""}, {"in the middle", u"", u"\\mid"}, {"at the end", u"", u"\\"},
    {"doubled", u"\\\\", u""},    {"path-like", u"Global\\", u""},
};

std::u16string backslash_name(const BackslashRow &row) {
    return row.before + unique_with_suffix("bs", row.after);
}

TEST(SHM_NAME_006, BackslashIsRefused) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    Peer &observer = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kBackslash); ++i) {
        const std::string row = row_label(i, kBackslash[i].label);
        const std::u16string name = backslash_name(kBackslash[i]);
        const StepResult r = peer.run(create_named("a", name_arg(name)));
        EXPECT_TRUE(Failed(r)) << row;
        EXPECT_EQ(r.handle, 0u) << row << ": a handle was written";
        expect_no_object(observer, name, row);
    }
}

TEST(SHM_NAME_007, BackslashReturnsObjectNameInvalid) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kBackslash); ++i) {
        const std::u16string name = backslash_name(kBackslash[i]);
        EXPECT_TRUE(ReturnedExactly(peer.run(create_named("a", name_arg(name))),
                                    STATUS_OBJECT_NAME_INVALID))
            << row_label(i, kBackslash[i].label);
    }
}

struct MalformedRow {
    const char *label;
    std::optional<uint16_t> length, maximum;
    bool null_buffer;
};

// Every row carries a well-formed name in its Buffer: an implementation
// that trusts one of the lengths would otherwise create that name.
const MalformedRow kMalformed[] = {
    {"odd Length", 7, 64, false},
    {"odd Length and MaximumLength", 9, 9, false},
    {"Length > MaximumLength", 16, 8, false},
    {"NULL Buffer with Length > 0", 8, 8, true},
    {"NULL Buffer, Length > MaximumLength", 8, 0, true},
};

NameArg malformed_arg(const MalformedRow &row, std::u16string &name) {
    name = unique_name("malformed");
    NameArg arg = name_arg(name);
    arg.length = row.length;
    arg.maximum_length = row.maximum;
    arg.null_buffer = row.null_buffer;
    return arg;
}

TEST(SHM_NAME_010, MalformedUnicodeStringIsRefused) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    Peer &observer = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kMalformed); ++i) {
        const std::string row = row_label(i, kMalformed[i].label);
        std::u16string name;
        const StepResult r = peer.run(create_named("a", malformed_arg(kMalformed[i], name)));
        EXPECT_TRUE(Failed(r)) << row;
        EXPECT_EQ(r.handle, 0u) << row << ": a handle was written";
        expect_no_object(observer, name, row);
        const std::size_t claimed = *kMalformed[i].length / 2;
        if (claimed > 0 && claimed < name.size()) {
            expect_no_object(observer, name.substr(0, claimed), row + " (the name Length claims)");
        }
    }
}

TEST(SHM_NAME_011, MalformedUnicodeStringReturnsInvalidParameter) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kMalformed); ++i) {
        std::u16string name;
        EXPECT_TRUE(ReturnedExactly(peer.run(create_named("a", malformed_arg(kMalformed[i], name))),
                                    STATUS_INVALID_PARAMETER))
            << row_label(i, kMalformed[i].label);
    }
}

struct EmptyRow {
    const char *label;
    std::u16string units;  // what Buffer holds beyond Length
    uint16_t maximum;
    bool null_buffer;
};

const EmptyRow kEmpty[] = {
    {"Buffer non-NULL, MaximumLength 0", u"", 0, false},
    {"Buffer holds \"abc\", MaximumLength 6", u"abc", 6, false},
    {"Buffer NULL, MaximumLength 0", u"", 0, true},
};

NameArg empty_arg(const EmptyRow &row) {
    NameArg arg;
    arg.units = row.units;
    arg.length = 0;
    arg.maximum_length = row.maximum;
    arg.null_buffer = row.null_buffer;
    return arg;
}

// Unnamed means: two creates with an empty name, from two processes, are
// two objects. Lenient also accepts a refusal (D2).
TEST(SHM_NAME_008, EmptyNameCreatesUnnamedObject) {
    PeerGroup group;
    Peer &first = group.spawn_attached();
    Peer &second = group.spawn_attached();
    const bool lenient = group.context().profile == Profile::lenient;
    for (std::size_t i = 0; i < std::size(kEmpty); ++i) {
        const std::string row = row_label(i, kEmpty[i].label);
        if (lenient) {
            const StepResult probe = first.run(create_named("p", empty_arg(kEmpty[i])));
            ASSERT_TRUE(probe.called) << row << ": " << probe.detail;
            observe(row + ": " + status_text(probe.status));
            if (probe.status < 0) continue;
            EXPECT_TRUE(Succeeded(first.run(steps::close("p")))) << row;
        }
        expect_different_memory(first, second, empty_arg(kEmpty[i]), empty_arg(kEmpty[i]), row,
                                10 + 2 * static_cast<uint32_t>(i));
    }
}

}  // namespace
