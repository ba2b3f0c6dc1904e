// How a test child's end becomes the test's status.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "child_outcome.h"

namespace rtkconf::runner {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

ChildReport report_with(Status status) {
    ChildReport r;
    r.test = "SHM_X_001.Y";
    r.status = status;
    r.messages = {"file.cpp:3: expected STATUS_A, got STATUS_B"};
    return r;
}

TEST(ChildOutcome, ExitWithReportTakesTheReportsStatus) {
    for (Status s : {Status::pass, Status::fail, Status::skip, Status::error}) {
        const TestOutcome o = classify({ChildEnd::How::exited, 0, {}}, report_with(s), "");
        EXPECT_EQ(o.status, s) << to_string(s);
        EXPECT_THAT(o.messages, ElementsAre(HasSubstr("expected STATUS_A")));
    }
}

TEST(ChildOutcome, ExitWithoutReportIsACrash) {
    const TestOutcome o = classify({ChildEnd::How::exited, 3, {}}, std::nullopt, "no report file");
    EXPECT_EQ(o.status, Status::crash);
    EXPECT_THAT(o.messages, ElementsAre(AllOf(HasSubstr("code 3"), HasSubstr("no report file"))));
}

TEST(ChildOutcome, SignalIsACrashEvenWithAReport) {
    const TestOutcome o = classify({ChildEnd::How::signalled, 11, "Segmentation fault"},
                                   report_with(Status::pass), "");
    EXPECT_EQ(o.status, Status::crash);
    EXPECT_THAT(o.messages, ElementsAre(AllOf(HasSubstr("signal 11"), HasSubstr("Segmentation"))));
}

TEST(ChildOutcome, DeadlineIsATimeout) {
    const TestOutcome o =
        classify({ChildEnd::How::timed_out, 0, "no result within 30000 ms"}, std::nullopt, "");
    EXPECT_EQ(o.status, Status::timeout);
    EXPECT_THAT(o.messages, ElementsAre(HasSubstr("30000 ms")));
}

TEST(ChildOutcome, NotStartedIsAHarnessError) {
    const TestOutcome o =
        classify({ChildEnd::How::not_started, 0, "No such file"}, std::nullopt, "");
    EXPECT_EQ(o.status, Status::error);
    EXPECT_THAT(o.messages, ElementsAre(HasSubstr("No such file")));
}

}  // namespace
}  // namespace rtkconf::runner
