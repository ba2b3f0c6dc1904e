// Evidence text: what a reader of a failure report sees.
#include <gtest/gtest.h>

#include "rtk/RtkApi.h"
#include "rtkconf/step.h"

namespace {

using rtkconf::Step;
using rtkconf::StepOp;

TEST(Describe, CreateShowsEveryArgumentAndTheOutcome) {
    Step step;
    step.op = StepOp::create;
    step.var = "h";
    step.size_low = 4096;
    step.name.units = u"abc";
    rtkconf::StepResult result;
    result.called = true;
    result.handle = 0x10;
    result.location = 0x7f0000000000;
    EXPECT_EQ(rtkconf::describe(step, result),
              "RtkCreateSharedMemory(inst, &h, Protect=0x4, High=0, Low=4096, Name=u\"abc\" "
              "(Length=6, MaximumLength=6), &Location) -> STATUS_SUCCESS (0x00000000), "
              "handle=0x10, Location=0x7f0000000000");
}

TEST(Describe, MalformedArgumentsAreVisible) {
    Step step;
    step.op = StepOp::open;
    step.null_handle_ptr = true;
    step.null_location = true;
    step.raw_instance = 0x99;
    step.name.units = u"a\\b";
    step.name.length = 3;
    step.name.null_buffer = true;
    const std::string text = rtkconf::describe(step);
    EXPECT_NE(text.find("RtssInst=0x99, NULL"), std::string::npos) << text;
    EXPECT_NE(text.find("{Buffer=NULL} (Length=3, MaximumLength=3)"), std::string::npos) << text;
    EXPECT_NE(text.find(", NULL)"), std::string::npos) << text;
    step.name.null_buffer = false;
    EXPECT_NE(rtkconf::describe(step).find(R"(u"a\x{005C}b")"), std::string::npos)
        << rtkconf::describe(step);
    step.name.null_pointer = true;
    EXPECT_NE(rtkconf::describe(step).find("Name=NULL"), std::string::npos);
}

TEST(Describe, LongNamesAreElidedInTheMiddleWithLengthAndHash) {
    Step step;
    step.op = StepOp::create;
    step.name.units = std::u16string(261, u'n');
    const std::string text = rtkconf::describe(step);
    EXPECT_NE(text.find("nnn...nnn"), std::string::npos) << text;
    EXPECT_NE(text.find("n\" (261 units, hash "), std::string::npos) << text;
    EXPECT_NE(text.find(") (Length=522, MaximumLength=522)"), std::string::npos) << text;
    EXPECT_LT(text.size(), 220u);
}

TEST(Describe, ElidedNamesThatDifferOnlyInTheMiddleReadDifferently) {
    Step a, b;
    a.op = b.op = StepOp::create;
    a.name.units = b.name.units = std::u16string(200, u'n');
    b.name.units[128] = u'm';
    EXPECT_NE(rtkconf::describe(a), rtkconf::describe(b));
}

TEST(Describe, NamesUpToSixtyFourUnitsAreShownWhole) {
    Step step;
    step.op = StepOp::open;
    step.name.units = std::u16string(63, u'a') + u"Z";
    EXPECT_NE(rtkconf::describe(step).find(std::string(63, 'a') + "Z\""), std::string::npos);
}

TEST(Describe, FailedCallShowsCodeAndNoHandle) {
    Step step;
    step.op = StepOp::close;
    step.raw_handle = 0xdead;
    rtkconf::StepResult result;
    result.called = true;
    result.status = static_cast<int32_t>(0xC0000008u);
    EXPECT_EQ(rtkconf::describe(step, result),
              "RtkCloseHandle(inst, 0xdead) -> STATUS_INVALID_HANDLE (0xC0000008)");
}

TEST(Describe, StepNotCalledSaysWhy) {
    Step step;
    step.op = StepOp::check;
    step.var = "a";
    step.length = 8;
    rtkconf::StepResult result;
    result.called = false;
    result.detail = "peer killed by signal 9";
    EXPECT_EQ(rtkconf::describe(step, result),
              "check a[0, 8) against pattern seed=0 -> not called: peer killed by signal 9");
}

TEST(StatusName, KnownCodesByNameOthersInHex) {
    EXPECT_EQ(rtkconf::status_name(0), "STATUS_SUCCESS");
    EXPECT_EQ(rtkconf::status_name(static_cast<int32_t>(0xC0000106u)), "STATUS_NAME_TOO_LONG");
    EXPECT_EQ(rtkconf::status_name(static_cast<int32_t>(0xC000009Au)),
              "STATUS_INSUFFICIENT_RESOURCES");
    EXPECT_EQ(rtkconf::status_name(0x40000000), "STATUS_OBJECT_NAME_EXISTS");
    EXPECT_EQ(rtkconf::status_name(static_cast<int32_t>(0xC0001234u)), "0xC0001234");
}

TEST(StatusName, TextGivesNameAndValueOrTheValueAlone) {
    EXPECT_EQ(rtkconf::status_text(STATUS_INVALID_HANDLE), "STATUS_INVALID_HANDLE (0xC0000008)");
    EXPECT_EQ(rtkconf::status_text(static_cast<int32_t>(0xC0001234u)), "0xC0001234");
}

}  // namespace
