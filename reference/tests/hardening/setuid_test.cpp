// In a set-user-ID process the environment belongs to the caller: the
// library must not take its runtime directory or its broker executable
// from there, and must never start a broker with borrowed privileges.
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "broker_process.h"

namespace rtkref_hardening {
namespace {

constexpr uid_t kOtherUser = 65534;  // nobody

// Runs `command` through the shell; its standard output.
std::string output_of(const std::string &command) {
    std::string text;
    if (FILE *pipe = popen(command.c_str(), "r")) {
        char buffer[256];
        while (std::fgets(buffer, sizeof buffer, pipe)) text += buffer;
        pclose(pipe);
    }
    return text;
}

TEST(SetUserId, EnvironmentIsIgnoredAndNoBrokerIsStarted) {
    if (geteuid() != 0) GTEST_SKIP() << "installing a set-user-ID copy for another user needs root";
    PrivateDir dir;    // what RTK_RUNTIME_DIR names: must stay untouched
    PrivateDir stage;  // the probe's copy and the fake broker's marker
    chmod(stage.path().c_str(), 0755);
    const auto probe = stage.path() / "probe";
    std::filesystem::copy_file(RTKREF_SETUID_PROBE_PATH, probe);
    // Whoever the fake broker would run as may leave its marker here.
    const auto drop = stage.path() / "drop";
    std::filesystem::create_directory(drop);
    chmod(drop.c_str(), 01777);
    const auto marker = drop / "fake-broker-ran";
    const auto fake_broker = stage.path() / "fake-broker";
    {
        std::ofstream script(fake_broker);
        script << "#!/bin/sh\ntouch " << marker << "\nexit 0\n";
    }
    chmod(fake_broker.c_str(), 0755);
    if (chown(probe.c_str(), kOtherUser, kOtherUser) != 0 || chmod(probe.c_str(), 04755) != 0) {
        GTEST_SKIP() << "cannot install a set-user-ID copy here";
    }
    const std::string command =
        "RTK_RUNTIME_DIR=" + dir.path().string() + " RTK_BROKER=" + fake_broker.string() +
        " RTK_CALL_TIMEOUT_MS=500 " + probe.string() + " " + library_path().string() + " 2>&1";
    const std::string said = output_of(command);
    std::cout << "  probe said: " << said;
    if (said.find("dlopen failed") != std::string::npos) {
        GTEST_SKIP() << "the other user cannot read the library here: " << said;
    }
    EXPECT_FALSE(std::filesystem::exists(marker)) << "RTK_BROKER from the caller was started";
    EXPECT_FALSE(std::filesystem::exists(dir.socket())) << "RTK_RUNTIME_DIR was used";
    EXPECT_EQ(said.find("0x00000000"), std::string::npos) << "the attach succeeded";
}

}  // namespace
}  // namespace rtkref_hardening
