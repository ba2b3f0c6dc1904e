// CONFORMANCE.md D1/D2: which names are refused, with which status.
#include "rtkref/core/name_rules.h"

#include <gtest/gtest.h>

#include <cstring>

namespace rtkref {
namespace {

bool plain_read(void *dst, const void *src, std::size_t n) {
    std::memcpy(dst, src, n);
    return true;
}
bool failing_read(void *, const void *, std::size_t) {
    return false;
}

UNICODE_STRING make(std::u16string &units) {
    const auto bytes = static_cast<USHORT>(units.size() * 2);
    return UNICODE_STRING{bytes, bytes, reinterpret_cast<WCHAR *>(units.data())};
}

TEST(NameRules, NullNameIsUnnamed) {
    NameCheck got = read_object_name(nullptr, &plain_read);
    EXPECT_EQ(got.fault, NameFault::none);
    EXPECT_FALSE(got.name.has_value());
}

TEST(NameRules, EmptyNameIsUnnamed) {
    std::u16string units;
    UNICODE_STRING name = make(units);
    NameCheck got = read_object_name(&name, &plain_read);
    EXPECT_EQ(got.fault, NameFault::none);
    EXPECT_FALSE(got.name.has_value());
}

TEST(NameRules, Accepts260UnitsRefuses261) {
    std::u16string ok(260, u'a');
    std::u16string too_long(261, u'a');
    UNICODE_STRING good = make(ok);
    UNICODE_STRING bad = make(too_long);
    NameCheck accepted = read_object_name(&good, &plain_read);
    EXPECT_EQ(accepted.fault, NameFault::none);
    EXPECT_EQ(accepted.name, ok);
    EXPECT_EQ(read_object_name(&bad, &plain_read).fault, NameFault::too_long);
    EXPECT_EQ(status_of(NameFault::too_long), STATUS_NAME_TOO_LONG);
}

TEST(NameRules, CountsCodeUnitsNotCodePoints) {
    std::u16string pairs;
    for (int i = 0; i < 130; ++i) pairs += u"\U0001F600";  // 260 units, 130 code points
    UNICODE_STRING name = make(pairs);
    EXPECT_EQ(read_object_name(&name, &plain_read).fault, NameFault::none);
    pairs += u"x";  // 261 units
    name = make(pairs);
    EXPECT_EQ(read_object_name(&name, &plain_read).fault, NameFault::too_long);
}

TEST(NameRules, BackslashAnywhereIsRefused) {
    const std::u16string cases[] = {u"\\abc", u"ab\\c", u"abc\\", u"\\"};
    for (std::size_t i = 0; i < std::size(cases); ++i) {
        std::u16string units = cases[i];
        UNICODE_STRING name = make(units);
        EXPECT_EQ(read_object_name(&name, &plain_read).fault, NameFault::backslash) << "case " << i;
    }
    EXPECT_EQ(status_of(NameFault::backslash), STATUS_OBJECT_NAME_INVALID);
}

TEST(NameRules, MalformedUnicodeStringIsRefused) {
    std::u16string units = u"abcd";
    WCHAR *buffer = reinterpret_cast<WCHAR *>(units.data());
    const UNICODE_STRING cases[] = {
        {3, 8, buffer},   // odd Length
        {8, 6, buffer},   // Length > MaximumLength
        {4, 4, nullptr},  // NULL Buffer with Length > 0
    };
    for (std::size_t i = 0; i < std::size(cases); ++i) {
        UNICODE_STRING name = cases[i];
        EXPECT_EQ(read_object_name(&name, &plain_read).fault, NameFault::malformed) << "case " << i;
    }
    EXPECT_EQ(status_of(NameFault::malformed), STATUS_INVALID_PARAMETER);
}

TEST(NameRules, UnreadableMemoryIsAFaultNotACrash) {
    std::u16string units = u"abc";
    UNICODE_STRING name = make(units);
    NameCheck got = read_object_name(&name, &failing_read);
    EXPECT_EQ(got.fault, NameFault::unreadable);
    EXPECT_EQ(status_of(got.fault), STATUS_INVALID_PARAMETER);
}

TEST(NameRules, EmbeddedNulIsPartOfTheName) {
    std::u16string units(u"ab\0c", 4);
    UNICODE_STRING name = make(units);
    NameCheck got = read_object_name(&name, &plain_read);
    EXPECT_EQ(got.fault, NameFault::none);
    ASSERT_TRUE(got.name.has_value());
    EXPECT_EQ(got.name->size(), 4u);
}

TEST(NameRules, MaximumLengthBeyondLengthIsIgnored) {
    std::u16string units = u"abc";
    UNICODE_STRING name{4, 200, reinterpret_cast<WCHAR *>(units.data())};
    NameCheck got = read_object_name(&name, &plain_read);
    EXPECT_EQ(got.name, std::u16string(u"ab"));
}

}  // namespace
}  // namespace rtkref
