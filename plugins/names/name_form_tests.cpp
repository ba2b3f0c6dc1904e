// SHM-NAME-006..008, 010, 011: names refused for their content or their
// UNICODE_STRING, and the empty name (rules in names_rules.cpp).
#include <cstdint>
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
        const StepResult r = peer.run(steps::create_shm("a", name_arg(name)));
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
        EXPECT_TRUE(ReturnedExactly(peer.run(steps::create_shm("a", name_arg(name))),
                                    STATUS_OBJECT_NAME_INVALID))
            << row_label(i, kBackslash[i].label);
    }
}

// The lengths a malformed row claims, in terms of the name it carries:
// `base` is a name of this run, `whole` is base + kTail.
enum class Claim { half_past_base, base, whole, zero };

struct MalformedRow {
    const char *label;
    Claim length, maximum;
    bool null_buffer;
};

const std::u16string kTail = u"tail";

// Buffer always holds base + kTail, so an implementation that trusts one
// of the lengths would create base, or base plus one unit: both are names
// of this run, so an object an earlier run left can never fail the rule.
const MalformedRow kMalformed[] = {
    {"odd Length", Claim::half_past_base, Claim::whole, false},
    {"odd Length and MaximumLength", Claim::half_past_base, Claim::half_past_base, false},
    {"Length > MaximumLength", Claim::whole, Claim::base, false},
};

// A NULL Buffer with Length > 0 makes an unchecking kernel-mode
// implementation read address 0: hazards, in their own tests.
const MalformedRow kNullBuffer[] = {
    {"NULL Buffer with Length > 0", Claim::whole, Claim::whole, true},
    {"NULL Buffer, Length > MaximumLength", Claim::whole, Claim::zero, true},
};
constexpr const char *kNullBufferHazard = "NULL Buffer with Length > 0";

struct MalformedName {
    std::u16string base, whole;
    NameArg arg;
};

uint16_t claimed_bytes(Claim claim, const MalformedName &name) {
    switch (claim) {
        case Claim::half_past_base:
            return static_cast<uint16_t>(name.base.size() * 2 + 1);
        case Claim::base:
            return static_cast<uint16_t>(name.base.size() * 2);
        case Claim::whole:
            return static_cast<uint16_t>(name.whole.size() * 2);
        case Claim::zero:
            break;
    }
    return 0;
}

MalformedName malformed_name(const MalformedRow &row) {
    MalformedName name;
    name.whole = unique_with_suffix("malformed", kTail);
    name.base = name.whole.substr(0, name.whole.size() - kTail.size());
    name.arg = name_arg(name.whole);
    name.arg.length = claimed_bytes(row.length, name);
    name.arg.maximum_length = claimed_bytes(row.maximum, name);
    name.arg.null_buffer = row.null_buffer;
    return name;
}

void expect_malformed_refused(const MalformedRow *rows, std::size_t count) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    Peer &observer = group.spawn_attached();
    for (std::size_t i = 0; i < count; ++i) {
        const std::string row = row_label(i, rows[i].label);
        const MalformedName name = malformed_name(rows[i]);
        const StepResult r = peer.run(steps::create_shm("a", name.arg));
        EXPECT_TRUE(Failed(r)) << row;
        EXPECT_EQ(r.handle, 0u) << row << ": a handle was written";
        const std::u16string one_more = name.whole.substr(0, name.base.size() + 1);
        expect_no_object(observer, name.whole, row);
        expect_no_object(observer, name.base, row + " (the name a length claims)");
        expect_no_object(observer, one_more, row + " (the name an odd length rounds up to)");
    }
}

void expect_malformed_code(const MalformedRow *rows, std::size_t count) {
    PeerGroup group;
    Peer &peer = group.spawn_attached();
    for (std::size_t i = 0; i < count; ++i) {
        EXPECT_TRUE(ReturnedExactly(peer.run(steps::create_shm("a", malformed_name(rows[i]).arg)),
                                    STATUS_INVALID_PARAMETER))
            << row_label(i, rows[i].label);
    }
}

TEST(SHM_NAME_010, MalformedUnicodeStringIsRefused) {
    expect_malformed_refused(kMalformed, std::size(kMalformed));
}

TEST(SHM_NAME_010, NullBufferIsRefused) {
    RTKCONF_HAZARD(kNullBufferHazard);
    expect_malformed_refused(kNullBuffer, std::size(kNullBuffer));
}

TEST(SHM_NAME_011, MalformedUnicodeStringReturnsInvalidParameter) {
    expect_malformed_code(kMalformed, std::size(kMalformed));
}

TEST(SHM_NAME_011, NullBufferReturnsInvalidParameter) {
    RTKCONF_HAZARD(kNullBufferHazard);
    expect_malformed_code(kNullBuffer, std::size(kNullBuffer));
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
// two objects (D2; a refusal fails this SHOULD rule, whatever the profile).
TEST(SHM_NAME_008, EmptyNameCreatesUnnamedObject) {
    PeerGroup group;
    Peer &first = group.spawn_attached();
    Peer &second = group.spawn_attached();
    for (std::size_t i = 0; i < std::size(kEmpty); ++i) {
        const std::string row = row_label(i, kEmpty[i].label);
        expect_different_memory(first, second, empty_arg(kEmpty[i]), empty_arg(kEmpty[i]), row,
                                10 + 2 * static_cast<uint32_t>(i));
    }
}

}  // namespace
