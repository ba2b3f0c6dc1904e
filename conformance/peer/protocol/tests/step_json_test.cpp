// The wire format: every field survives a round trip, malformed lines are
// error values.
#include <gtest/gtest.h>

#include "rtkconf/step_json.h"

namespace {

using rtkconf::Step;
using rtkconf::StepResult;

TEST(StepJson, StepRoundTripKeepsEveryField) {
    Step step;
    step.op = rtkconf::StepOp::open;
    step.var = "m1";
    step.kind = rtkconf::ObjectKind::semaphore;
    step.name.units = std::u16string{u'a', u'\0', char16_t{0xD800}, u'\\'};
    step.name.length = 7;
    step.name.maximum_length = 4;
    step.name.null_buffer = true;
    step.size_high = 1;
    step.size_low = 0xFFFFFFFFu;
    step.protect = 0x40;
    step.desired_access = 1;
    step.offset = 1ull << 40;
    step.length = 3;
    step.seed = 99;
    step.arg0 = -5;
    step.arg1 = 1ll << 40;
    step.raw_handle = 0xFFFFFFFFFFFFFFFFull;
    step.null_handle_ptr = true;
    step.null_location = true;
    step.raw_instance = 0;

    Step back;
    std::string error;
    ASSERT_TRUE(rtkconf::step_from_line(rtkconf::step_to_line(step), back, error)) << error;
    EXPECT_EQ(back.op, step.op);
    EXPECT_EQ(back.var, step.var);
    EXPECT_EQ(back.kind, step.kind);
    EXPECT_EQ(back.name.units, step.name.units);
    EXPECT_EQ(back.name.length, step.name.length);
    EXPECT_EQ(back.name.maximum_length, step.name.maximum_length);
    EXPECT_TRUE(back.name.null_buffer);
    EXPECT_FALSE(back.name.null_pointer);
    EXPECT_EQ(back.size_high, 1u);
    EXPECT_EQ(back.size_low, 0xFFFFFFFFu);
    EXPECT_EQ(back.protect, 0x40u);
    EXPECT_EQ(back.desired_access, 1u);
    EXPECT_EQ(back.offset, 1ull << 40);
    EXPECT_EQ(back.length, 3u);
    EXPECT_EQ(back.seed, 99u);
    EXPECT_EQ(back.arg0, -5);
    EXPECT_EQ(back.arg1, 1ll << 40);
    EXPECT_EQ(back.raw_handle, step.raw_handle);
    EXPECT_TRUE(back.null_handle_ptr);
    EXPECT_TRUE(back.null_location);
    ASSERT_TRUE(back.raw_instance.has_value());
    EXPECT_EQ(*back.raw_instance, 0u);
}

TEST(StepJson, AbsentFieldsTakeTheStepDefaults) {
    Step back;
    std::string error;
    ASSERT_TRUE(rtkconf::step_from_line(R"({"op":"close","var":"a"})", back, error)) << error;
    EXPECT_EQ(back.op, rtkconf::StepOp::close);
    EXPECT_EQ(back.kind, rtkconf::ObjectKind::shared_memory);
    EXPECT_EQ(back.protect, 0x04u);
    EXPECT_FALSE(back.raw_handle.has_value());
    EXPECT_FALSE(back.name.length.has_value());
}

TEST(StepJson, MalformedLinesAreErrorValues) {
    Step back;
    std::string error;
    EXPECT_FALSE(rtkconf::step_from_line("not json", back, error));
    EXPECT_FALSE(error.empty());
    error.clear();
    EXPECT_FALSE(rtkconf::step_from_line(R"({"op":"explode"})", back, error));
    EXPECT_NE(error.find("explode"), std::string::npos) << error;
    EXPECT_FALSE(rtkconf::step_from_line(R"({"op":"create","kind":"pipe"})", back, error));
    EXPECT_FALSE(rtkconf::step_from_line(R"({"op":"create","size_low":"big"})", back, error));
    EXPECT_FALSE(rtkconf::step_from_line(R"({"var":"a"})", back, error));
}

TEST(StepJson, NumbersOutsideTheirFieldsRangeAreRefusedNotWrapped) {
    Step back;
    std::string error;
    EXPECT_FALSE(rtkconf::step_from_line(R"({"op":"create","size_low":-1})", back, error));
    EXPECT_NE(error.find("size_low"), std::string::npos) << error;
    EXPECT_FALSE(rtkconf::step_from_line(R"({"op":"create","size_low":4294967296})", back, error));
    EXPECT_FALSE(
        rtkconf::step_from_line(R"({"op":"create","name":{"units":[65536]}})", back, error));
    EXPECT_FALSE(
        rtkconf::step_from_line(R"({"op":"create","name":{"length":70000}})", back, error));
    EXPECT_FALSE(rtkconf::step_from_line(R"({"op":"create","size_low":1.5})", back, error));
    EXPECT_FALSE(rtkconf::step_from_line(R"({"op":"close","null_handle_ptr":1})", back, error));
    ASSERT_TRUE(
        rtkconf::step_from_line(R"({"op":"exit","arg0":-3,"size_low":4294967295})", back, error))
        << error;
    EXPECT_EQ(back.arg0, -3);
    EXPECT_EQ(back.size_low, 4294967295u);
}

TEST(StepJson, ResultRoundTripKeepsEveryField) {
    StepResult result;
    result.status = static_cast<int32_t>(0xC000000Du);
    result.called = true;
    result.handle = 0xFFFFFFFFFFFFFFF0ull;
    result.location = 0x7F0000001000ull;
    result.ok = false;
    result.detail = "first at offset 3";
    StepResult back;
    std::string error;
    ASSERT_TRUE(rtkconf::result_from_line(rtkconf::result_to_line(result), back, error)) << error;
    EXPECT_EQ(back.status, result.status);
    EXPECT_TRUE(back.called);
    EXPECT_EQ(back.handle, result.handle);
    EXPECT_EQ(back.location, result.location);
    EXPECT_FALSE(back.ok);
    EXPECT_EQ(back.detail, result.detail);
}

TEST(StepJson, ResultWithInvalidUtf8DetailStillEncodes) {
    StepResult result;
    result.detail = std::string("bad \xff byte");
    StepResult back;
    std::string error;
    ASSERT_TRUE(rtkconf::result_from_line(rtkconf::result_to_line(result), back, error)) << error;
    EXPECT_NE(back.detail.find("byte"), std::string::npos);
}

}  // namespace
