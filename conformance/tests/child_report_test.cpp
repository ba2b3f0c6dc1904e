// The child-to-parent report survives the trip through a file, names with
// unpaired surrogates included.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "child_report.h"
#include "leak_probe.h"
#include "sha256.h"

namespace rtkconf::runner {
namespace {

std::filesystem::path temp_file(const std::string &name) {
    return std::filesystem::temp_directory_path() /
           (name + "-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
}

TEST(ChildReport, RoundTripsThroughAFile) {
    ChildReport r;
    r.test = "SHM_A_001.One";
    r.status = Status::fail;
    r.duration_ms = 42;
    r.messages = {"expected STATUS_INVALID_PARAMETER, got STATUS_SUCCESS (0x00000000)"};
    r.calls = {{"peer 1", "RtkCloseHandle(inst, 0x0)", static_cast<int32_t>(0xC000000D), ""}};
    r.observed = "observed";
    r.names = {u"rtkconf.1.a.t1.x.1", std::u16string{u'a', static_cast<char16_t>(0xD800), u'b'}};
    const auto path = temp_file("child-report");
    ASSERT_FALSE(write_child_report(r, path).has_value());
    std::string error;
    const auto back = read_child_report(path, error);
    std::filesystem::remove(path);
    ASSERT_TRUE(back.has_value()) << error;
    EXPECT_EQ(back->status, Status::fail);
    EXPECT_EQ(back->messages, r.messages);
    EXPECT_EQ(back->calls.at(0).status, static_cast<int32_t>(0xC000000D));
    EXPECT_EQ(back->names, r.names);
    EXPECT_EQ(printable_name(back->names[1]), "a\\uD800b");
}

TEST(ChildReport, MissingOrMalformedIsAnError) {
    std::string error;
    EXPECT_FALSE(read_child_report(temp_file("absent"), error).has_value());
    EXPECT_FALSE(error.empty());
    const auto path = temp_file("malformed");
    std::ofstream(path) << R"({"test": "x", "status": "ok"})";
    EXPECT_FALSE(read_child_report(path, error).has_value());
    std::filesystem::remove(path);
    EXPECT_NE(error.find("ok"), std::string::npos) << error;
}

TEST(Sha256, KnownVectors) {
    EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(sha256_hex("abc"),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(sha256_hex(std::string(1000, 'a')),
              "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}

}  // namespace
}  // namespace rtkconf::runner
