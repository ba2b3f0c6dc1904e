// rtkconf-agent-host against the reference, spoken raw over its pipes: two
// hosts are two processes sharing one object, and a host whose input ends
// has ended its session (closed and detached) before it exits.
#include <gtest/gtest.h>

// The umbrella header: Boost 1.81's Windows pipe headers miss includes.
#include <boost/process.hpp>

#include <filesystem>
#include <random>

#include "agent_test_support.h"

namespace bp = boost::process;

namespace rtkconf::agent_test {
namespace {

class Host {
  public:
    explicit Host(const std::filesystem::path &runtime_dir)
        : child_(std::string(RTKCONF_AGENT_HOST_PATH),
                 bp::args({std::string("--impl"), std::string(RTKREF_LIBRARY_PATH)}),
                 bp::env["RTK_RUNTIME_DIR"] = runtime_dir.string(),
                 bp::env["RTK_BROKER_IDLE_MS"] = "500", bp::std_in<to_, bp::std_out> from_) {}
    ~Host() {
        std::error_code ec;
        if (child_.running(ec)) child_.terminate(ec);
    }

    rtkconf_agent_reply exchange(const std::vector<unsigned char> &frame) {
        to_.write(reinterpret_cast<const char *>(frame.data()),
                  static_cast<std::streamsize>(frame.size()));
        to_.flush();
        unsigned char reply[RTKCONF_AGENT_REPLY_SIZE];
        from_.read(reinterpret_cast<char *>(reply), sizeof reply);
        rtkconf_agent_reply decoded{};
        EXPECT_EQ(from_.gcount(), static_cast<std::streamsize>(sizeof reply));
        EXPECT_EQ(rtkconf_agent_decode_reply(reply, sizeof reply, &decoded), 0);
        return decoded;
    }
    rtkconf_agent_reply run(const rtkconf_agent_request &q, const std::u16string &name = u"") {
        return exchange(encode(q, name));
    }

    // End of file on its input: the session ends, then the host exits.
    int end() {
        to_.pipe().close();
        child_.wait();
        return child_.exit_code();
    }

  private:
    bp::opstream to_;
    bp::ipstream from_;
    bp::child child_;
};

class LoopbackHost : public ::testing::Test {
  protected:
    void SetUp() override {
        std::mt19937_64 random(std::random_device{}());
        dir_ = std::filesystem::temp_directory_path() /
               ("rtkag-" + std::to_string(random() & 0xFFFFFFFFFFull));
        std::filesystem::create_directory(dir_);
        std::filesystem::permissions(dir_, std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::replace);
    }
    void TearDown() override {
        std::error_code ec;
        std::filesystem::remove_all(dir_, ec);
    }
    std::filesystem::path dir_;
};

rtkconf_agent_request create(uint32_t slot, const std::u16string &name, uint32_t size) {
    rtkconf_agent_request q = named(RTKCONF_AGENT_OP_CREATE, slot, name);
    q.size_low = size;
    return q;
}

rtkconf_agent_request memory(uint16_t op, uint32_t slot, uint64_t length, uint32_t seed) {
    rtkconf_agent_request q = request(op, slot);
    q.length = length;
    q.seed = seed;
    return q;
}

TEST_F(LoopbackHost, TwoHostsShareAnObjectThroughTheImplementation) {
    Host a(dir_), b(dir_);
    const rtkconf_agent_reply hello = a.run(request(RTKCONF_AGENT_OP_HELLO));
    EXPECT_EQ(hello.fact[1], RTKCONF_AGENT_ATTACH_PER_SESSION);
    ASSERT_EQ(a.run(request(RTKCONF_AGENT_OP_ATTACH)).status, STATUS_SUCCESS);
    ASSERT_EQ(b.run(request(RTKCONF_AGENT_OP_ATTACH)).status, STATUS_SUCCESS);
    ASSERT_EQ(a.run(create(1, u"loopback-shared", 8192), u"loopback-shared").status,
              STATUS_SUCCESS);
    EXPECT_TRUE(a.run(memory(RTKCONF_AGENT_OP_WRITE, 1, 8192, 5)).reason == 0);
    ASSERT_EQ(b.run(named(RTKCONF_AGENT_OP_OPEN, 1, u"loopback-shared"), u"loopback-shared").status,
              STATUS_SUCCESS);
    EXPECT_TRUE(b.run(memory(RTKCONF_AGENT_OP_CHECK, 1, 8192, 5)).flags & RTKCONF_AGENT_REPLY_OK)
        << "the opener reads what the creator wrote";
    EXPECT_FALSE(b.run(memory(RTKCONF_AGENT_OP_CHECK, 1, 8192, 6)).flags & RTKCONF_AGENT_REPLY_OK);
    // b inherited a's pipes (this test does not make them private), so b
    // ends first: a sees the end of its input only once b is gone.
    EXPECT_EQ(b.end(), 0);
    EXPECT_EQ(a.end(), 0);
}

// As a killed process's handles are closed before it is reaped, the
// session's end is over when the host has exited: no sleep, no retry.
TEST_F(LoopbackHost, EndOfInputEndsTheSessionBeforeTheHostExits) {
    Host probe(dir_);
    ASSERT_EQ(probe.run(request(RTKCONF_AGENT_OP_ATTACH)).status, STATUS_SUCCESS);
    {
        Host holder(dir_);
        ASSERT_EQ(holder.run(request(RTKCONF_AGENT_OP_ATTACH)).status, STATUS_SUCCESS);
        ASSERT_EQ(holder.run(create(1, u"loopback-ends", 4096), u"loopback-ends").status,
                  STATUS_SUCCESS);
        EXPECT_EQ(holder.end(), 0);
    }
    EXPECT_EQ(probe.run(named(RTKCONF_AGENT_OP_OPEN, 1, u"loopback-ends"), u"loopback-ends").status,
              STATUS_OBJECT_NAME_NOT_FOUND);
    EXPECT_EQ(probe.end(), 0);
}

TEST_F(LoopbackHost, AMalformedFrameIsAnsweredAndTheHostServesOn) {
    Host host(dir_);
    std::vector<unsigned char> frame = encode(request(RTKCONF_AGENT_OP_ATTACH));
    frame[4] = 9;  // version 9
    const rtkconf_agent_reply refused = host.exchange(frame);
    EXPECT_EQ(refused.reason, RTKCONF_AGENT_BAD_VERSION);
    EXPECT_EQ(refused.version, RTKCONF_AGENT_PROTOCOL_VERSION);
    EXPECT_EQ(host.run(request(RTKCONF_AGENT_OP_ATTACH)).status, STATUS_SUCCESS);
    EXPECT_EQ(host.end(), 0);
}

}  // namespace
}  // namespace rtkconf::agent_test
