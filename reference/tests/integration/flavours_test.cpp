// The reference's user-mode calls and older Rtk shape, driven by real
// peers in those flavours beside Rtk ones: one namespace, and each
// flavour's own way of saying what happened (CONFORMANCE.md D13, D14).
#include "namespace_fixture.h"

namespace rtkref_it {
namespace {

using rtkconf::Flavour;
using Flavours = NamespaceTest;

constexpr uint32_t kRtkNameNotFound = 0xC0000034u;

// rtk creates and rtapi uses, then the other way round.
TEST_F(Flavours, RtkAndRtCallsShareObjectsByNameBothWays) {
    auto &driver = attached_peer("driver (rtk)");
    auto &application = flavour_peer("application (rtapi)", Flavour::rtapi);
    rtkconf::Peer *makers[] = {&driver, &application};
    rtkconf::Peer *users[] = {&application, &driver};
    for (std::size_t i = 0; i < 2; ++i) {
        const std::string row = "row " + std::to_string(i);
        const std::u16string object = i ? u"made-by-rt" : u"made-by-rtk";
        expect_status(*makers[i], create_shm("m", object), STATUS_SUCCESS, row);
        expect_ok(*makers[i], write("m", 0, 4096, 7 + i), row);
        expect_status(*users[i], open_shm("u", object), STATUS_SUCCESS, row);
        expect_ok(*users[i], check("u", 0, 4096, 7 + i), row);
        expect_status(*users[i], close("u"), STATUS_SUCCESS, row);
        expect_status(*makers[i], close("m"), STATUS_SUCCESS, row);
        const auto gone = run(*users[i], open_shm("g", object));
        EXPECT_LT(gone.status, 0) << row << ": the object outlived both closes";
    }
}

// The Rt calls' answers: NULL or FALSE, and the Win32 error each of the
// Rtk calls' statuses becomes; a create tells new from existing.
TEST_F(Flavours, RtCallsLeaveTheTranslatedLastError) {
    auto &driver = attached_peer("driver (rtk)");
    auto &app = flavour_peer("application (rtapi)", Flavour::rtapi);
    expect_status(driver, create_kind(ObjectKind::mutex, "x", u"a-mutex"), STATUS_SUCCESS);
    Step high = create_shm("h", u"high");
    high.size_high = 1;
    struct Row {
        const char *label;
        Step step;
        bool succeeds;
        uint32_t error;
    };
    const Row rows[] = {
        {"new object", create_shm("n", u"fresh"), true, 0},
        {"existing name", create_shm("n2", u"fresh"), true, 183},
        {"MaximumSizeHigh 1", high, false, 87},
        {"missing name", open_shm("o", u"nowhere"), false, 2},
        {"a mutex's name", create_shm("s", u"a-mutex"), false, 6},
        {"261 units", create_shm("l", std::u16string(261, u'x')), false, 206},
        {"a backslash", create_shm("b", u"a\\b"), false, 123},
    };
    for (std::size_t i = 0; i < std::size(rows); ++i) {
        const std::string row = "row " + std::to_string(i) + " (" + rows[i].label + ")";
        const auto r = run(app, rows[i].step);
        EXPECT_EQ(r.status >= 0, rows[i].succeeds) << row;
        EXPECT_EQ(r.code, rows[i].error) << row << ": last error";
        EXPECT_EQ(r.flavour, Flavour::rtapi) << row;
    }
    expect_status(app, close("n"), STATUS_SUCCESS);
    const auto twice = run(app, close("n"));
    EXPECT_LT(twice.status, 0) << "a second close";
    EXPECT_EQ(twice.code, 31u) << "a second close: STATUS_UNSUCCESSFUL's ERROR_GEN_FAILURE";
}

// The older shape: the same namespace; pErrorCode carries 0 or the status.
TEST_F(Flavours, LegacyShapeSharesTheNamespaceAndWritesTheStatus) {
    auto &legacy = flavour_peer("legacy", Flavour::rtk_legacy);
    auto &driver = attached_peer("driver (rtk)");
    expect_status(legacy, create_shm("m", u"legacy-made"), STATUS_SUCCESS);
    expect_ok(legacy, write("m", 0, 4096, 31));
    expect_status(driver, open_shm("o", u"legacy-made"), STATUS_SUCCESS);
    expect_ok(driver, check("o", 0, 4096, 31));
    const auto missing = run(legacy, open_shm("x", u"nowhere"));
    EXPECT_LT(missing.status, 0);
    EXPECT_EQ(missing.code, kRtkNameNotFound) << "*pErrorCode of a failed open";
    Step quiet = open_shm("q", u"legacy-made");
    quiet.null_error_code = true;
    const auto opened = run(legacy, quiet);
    EXPECT_GE(opened.status, 0) << "an open with a NULL pErrorCode";
    const auto closed = run(legacy, close("q"));
    EXPECT_GE(closed.status, 0);
    EXPECT_EQ(closed.code, 0u) << "*pErrorCode of a successful close";
}

}  // namespace
}  // namespace rtkref_it
