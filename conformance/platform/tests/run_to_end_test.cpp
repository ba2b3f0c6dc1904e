// run_to_end against real children: this executable re-run with --child
// and what the child is to do.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <thread>

#include "rtkconf/platform/run_to_end.h"

namespace {

using namespace std::chrono_literals;
using rtkconf::platform::ChildCommand;
using rtkconf::platform::ProcessEnd;
using rtkconf::platform::run_to_end;

std::filesystem::path g_self;

// A folder of its own per test, removed at the end.
class RunToEnd : public ::testing::Test {
  protected:
    void SetUp() override {
        std::random_device entropy;
        dir_ = std::filesystem::temp_directory_path() /
               ("rtkconf-platform-" + std::to_string(entropy()));
        std::filesystem::create_directories(dir_);
    }
    void TearDown() override {
        std::error_code ec;
        std::filesystem::remove_all(dir_, ec);
    }
    ChildCommand child(std::vector<std::string> args) const {
        ChildCommand command;
        command.executable = g_self;
        command.args = {"--child"};
        command.args.insert(command.args.end(), args.begin(), args.end());
        return command;
    }
    std::string read(const std::string &leaf) const {
        std::ifstream in(dir_ / leaf, std::ios::binary);
        return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    }
    std::filesystem::path dir_;
};

TEST_F(RunToEnd, ExitCodeIsReported) {
    const ProcessEnd end = run_to_end(child({"exit", "7"}), 30s);
    EXPECT_EQ(end.how, ProcessEnd::How::exited) << end.detail;
    EXPECT_EQ(end.code, 7);
}

TEST_F(RunToEnd, AChildPastItsDeadlineIsKilledAtTheDeadline) {
    const auto started = std::chrono::steady_clock::now();
    const ProcessEnd end = run_to_end(child({"hang"}), 300ms);
    const auto took = std::chrono::steady_clock::now() - started;
    EXPECT_EQ(end.how, ProcessEnd::How::timed_out) << end.detail;
    EXPECT_LT(took, 20s) << "the deadline was not kept";
}

TEST_F(RunToEnd, AQuickChildIsNotKeptWaiting) {
    const auto started = std::chrono::steady_clock::now();
    EXPECT_EQ(run_to_end(child({"exit", "0"}), 60s).how, ProcessEnd::How::exited);
    EXPECT_LT(std::chrono::steady_clock::now() - started, 20s);
}

TEST_F(RunToEnd, LargeOutputOnBothStreamsCannotBlockTheChild) {
    ChildCommand command = child({"print", "1048576"});
    command.output = dir_ / "out";
    command.errors = dir_ / "err";
    const ProcessEnd end = run_to_end(command, 60s);
    EXPECT_EQ(end.how, ProcessEnd::How::exited) << end.detail;
    EXPECT_EQ(read("out").size(), 1048576u);
    EXPECT_EQ(read("err").size(), 1048576u);
}

TEST_F(RunToEnd, WithoutAnErrorsFileBothStreamsGoToTheOutput) {
    ChildCommand command = child({"print", "1000"});
    command.output = dir_ / "both";
    EXPECT_EQ(run_to_end(command, 30s).how, ProcessEnd::How::exited);
    EXPECT_EQ(read("both").size(), 2000u);
}

TEST_F(RunToEnd, ExtraEnvironmentReachesTheChild) {
    ChildCommand command = child({"env", "RTKCONF_PLATFORM_TEST"});
    command.output = dir_ / "out";
    command.extra_env["RTKCONF_PLATFORM_TEST"] = "seen";
    EXPECT_EQ(run_to_end(command, 30s).how, ProcessEnd::How::exited);
    EXPECT_EQ(read("out"), "seen");
}

TEST_F(RunToEnd, AProgramThatCannotStartSaysWhich) {
    ChildCommand command;
    command.executable = dir_ / "no-such-program";
    const ProcessEnd end = run_to_end(command, 30s);
    EXPECT_EQ(end.how, ProcessEnd::How::not_started);
    EXPECT_NE(end.detail.find("no-such-program"), std::string::npos) << end.detail;
}

int child_main(int argc, char **argv) {
    const std::string what = argc > 2 ? argv[2] : "";
    if (what == "exit" && argc > 3) return std::atoi(argv[3]);
    if (what == "hang") {
        std::this_thread::sleep_for(std::chrono::minutes(5));
        return 0;
    }
    if (what == "print" && argc > 3) {
        const std::string block(static_cast<std::size_t>(std::atol(argv[3])), 'x');
        std::fwrite(block.data(), 1, block.size(), stdout);
        std::fwrite(block.data(), 1, block.size(), stderr);
        return 0;
    }
    if (what == "env" && argc > 3) {
        const char *value = std::getenv(argv[3]);
        std::fputs(value != nullptr ? value : "", stdout);
        return 0;
    }
    return 100;
}

}  // namespace

int main(int argc, char **argv) {
    if (argc > 1 && std::string(argv[1]) == "--child") return child_main(argc, argv);
    g_self = std::filesystem::absolute(argv[0]);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
