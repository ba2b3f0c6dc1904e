// rtkconf-peer's stdin/stdout protocol, spoken directly: every line gets
// exactly one answer line, whatever it contains.
#include <gtest/gtest.h>

// The umbrella header: Boost 1.81's Windows pipe headers miss includes.
#include <boost/process.hpp>

#include <string>
#include <vector>

#include "rtkconf/step_json.h"

namespace bp = boost::process;

namespace {

class RawPeer {
  public:
    // `agent`: "" for a direct peer, else --agent's value.
    explicit RawPeer(const std::string &agent = "")
        : child_(std::string(RTKCONF_PEER_PATH), bp::args(arguments(agent)),
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
    static std::vector<std::string> arguments(const std::string &agent) {
        std::vector<std::string> args{"--impl", RTKCONF_FIXTURE_IUT};
        if (!agent.empty()) args.insert(args.end(), {"--agent", agent});
        return args;
    }

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

// An agent peer (--agent loopback) answers every step as a direct peer
// does: the same calls with the same arguments (the fixture encodes the
// Name's lengths in the handle it returns), the same verdicts and the same
// evidence for memory steps.
std::string units_json(std::size_t count) {
    std::string json = "[";
    for (std::size_t i = 0; i < count; ++i) json += (i ? ",98" : "98");
    return json + "]";
}

TEST(PeerProtocol, AgentPeerAnswersAsTheDirectPeer) {
    const std::string rows[] = {
        R"({"op":"attach"})",
        R"({"op":"create","var":"a","size_low":8192,"name":{"units":[97,98]}})",
        R"({"op":"create","var":"b","size_low":4096,"name":{"units":)" + units_json(40000) + "}}",
        R"({"op":"create","var":"c","size_low":4096,"name":{"units":[99],"length":3,"maximum_length":1}})",
        R"({"op":"create","var":"d","size_low":4096,"name":{"units":[100],"null_buffer":true}})",
        R"({"op":"create","var":"e","size_low":4096,"name":{"null_pointer":true}})",
        R"({"op":"create","var":"f","size_low":4096,"null_handle_ptr":true})",
        R"({"op":"write","var":"a","offset":100,"length":200,"seed":3})",
        R"({"op":"check","var":"a","offset":100,"length":200,"seed":3})",
        R"({"op":"check","var":"a","offset":100,"length":200,"seed":4})",
        R"({"op":"check_zero","var":"a","offset":0,"length":0})",
        R"({"op":"check_zero","var":"a","offset":8000,"length":192})",
        R"({"op":"write","var":"zz","offset":0,"length":1})",
        R"({"op":"close","var":"a"})",
        R"({"op":"close","raw_handle":0})",
        R"({"op":"close","var":"zz"})",
        R"({"op":"open","var":"g","name":{"units":[97]}})",
        R"({"op":"release_all"})",
    };
    RawPeer direct, agent("loopback");
    for (std::size_t row = 0; row < std::size(rows); ++row) {
        const rtkconf::StepResult want = direct.exchange(rows[row]);
        const rtkconf::StepResult got = agent.exchange(rows[row]);
        EXPECT_EQ(got.called, want.called) << "row " << row << ": " << got.detail;
        EXPECT_EQ(got.status, want.status) << "row " << row;
        EXPECT_EQ(got.ok, want.ok) << "row " << row;
        if (row != 0) {  // row 0's handle is the instance, the agent host's own
            EXPECT_EQ(got.handle, want.handle) << "row " << row;
        }
        const bool memory = rows[row].find("check") != std::string::npos ||
                            rows[row].find("write") != std::string::npos;
        if (memory || !want.called) {
            EXPECT_EQ(got.detail, want.detail) << "row " << row;
        }
    }
    EXPECT_EQ(agent.close_input_and_wait(), 0);
    EXPECT_EQ(direct.close_input_and_wait(), 0);
}

}  // namespace
