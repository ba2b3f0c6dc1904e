// rtkconf-peer's stdin/stdout protocol, spoken directly: every line gets
// exactly one answer line, whatever it contains.
#include <gtest/gtest.h>

// The umbrella header: Boost 1.81's Windows pipe headers miss includes.
#include <boost/process.hpp>

#include <string>

#include "rtkconf/step_json.h"

namespace bp = boost::process;

namespace {

class RawPeer {
  public:
    RawPeer()
        : child_(std::string(RTKCONF_PEER_PATH),
                 bp::args({std::string("--impl"), std::string(RTKCONF_FIXTURE_IUT)}),
                 bp::std_in<to_, bp::std_out> from_) {}
    ~RawPeer() {
        std::error_code ec;
        if (child_.running(ec)) child_.terminate(ec);
    }

    rtkconf::StepResult exchange(const std::string &line) {
        to_ << line << '\n' << std::flush;
        std::string answer;
        std::getline(from_, answer);
        rtkconf::StepResult result;
        std::string error;
        EXPECT_TRUE(rtkconf::result_from_line(answer, result, error)) << answer << ": " << error;
        return result;
    }

    int close_input_and_wait() {
        to_.pipe().close();
        child_.wait();
        return child_.exit_code();
    }

  private:
    bp::opstream to_;
    bp::ipstream from_;
    bp::child child_;
};

TEST(PeerProtocol, GarbageLineIsAnsweredAsBadStep) {
    RawPeer peer;
    const auto result = peer.exchange("this is not json");
    EXPECT_FALSE(result.called);
    EXPECT_NE(result.detail.find("bad step"), std::string::npos) << result.detail;
    // Still serving.
    EXPECT_TRUE(peer.exchange(R"({"op":"attach"})").called);
}

TEST(PeerProtocol, UnknownOpAndWrongTypesAreAnsweredAsBadStep) {
    RawPeer peer;
    EXPECT_FALSE(peer.exchange(R"({"op":"format_disk"})").called);
    EXPECT_FALSE(peer.exchange(R"({"op":"create","size_low":-1})").called);
    EXPECT_FALSE(peer.exchange(R"([1,2,3])").called);
    EXPECT_TRUE(peer.exchange(R"({"op":"attach"})").called);
}

TEST(PeerProtocol, EndOfInputEndsThePeerWithCodeZero) {
    RawPeer peer;
    EXPECT_TRUE(peer.exchange(R"({"op":"attach"})").called);
    EXPECT_EQ(peer.close_input_and_wait(), 0);
}

TEST(PeerProtocol, HugeLengthOnAnOpenedViewIsRefusedNotFatal) {
    RawPeer peer;
    EXPECT_TRUE(peer.exchange(R"({"op":"attach"})").called);
    EXPECT_TRUE(
        peer.exchange(R"({"op":"create","var":"a","size_low":4096,"name":{"units":[97]}})").called);
    const auto result =
        peer.exchange(R"({"op":"write","var":"a","offset":0,"length":1099511627776,"seed":1})");
    EXPECT_FALSE(result.called);
    EXPECT_NE(result.detail.find("not mapped"), std::string::npos) << result.detail;
    EXPECT_TRUE(peer.exchange(R"({"op":"check_zero","var":"a","offset":0,"length":4096})").ok);
}

}  // namespace
