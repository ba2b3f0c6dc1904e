// A close of a handle the library knows is live is a release: sent, never
// answered (broker_protocol.h). What a client closed must still be closed
// for everyone once its close returned, however the broker's queues
// happen to be ordered.
#include <string>

#include <gtest/gtest.h>

#include "broker_process.h"
#include "library_child.h"
#include "raw_client.h"
#include "rtk/RtkApi.h"

namespace rtkref_hardening {
namespace {

TEST(Releases, AreNeverAnsweredAndCloseTheHandle) {
    PrivateDir dir;
    BrokerProcess broker(dir, 60000);
    ASSERT_TRUE(broker.listening());
    RawClient owner(dir.socket());
    ASSERT_EQ(owner.send(named_request(rtkref::wire::Op::create, u"released")), 0);
    const auto made = owner.reply(5000);
    ASSERT_TRUE(made.has_value());
    ASSERT_EQ(made->status, STATUS_SUCCESS);
    rtkref::wire::Request release;
    release.op = rtkref::wire::Op::release;
    release.handle = made->handle;
    ASSERT_EQ(owner.send(release), 0);
    release.handle = 0;  // refused, and still not answered
    ASSERT_EQ(owner.send(release), 0);
    // The next reply answers the open, not either release.
    ASSERT_EQ(owner.send(named_request(rtkref::wire::Op::open, u"released")), 0);
    EXPECT_EQ(owner.reply_status(5000).value_or(-1), STATUS_OBJECT_NAME_NOT_FOUND);
    EXPECT_FALSE(owner.reply_status(200).has_value()) << "a release was answered";
}

// Two connections of one process: the opener's own release is queued
// first, so its connection stands ahead of the closer's in the broker's
// ready list when the opener's open arrives behind it.
TEST(Releases, ACloseThatReturnedIsSeenByTheNextOpenOfAnyConnection) {
    PrivateDir dir;
    BrokerProcess broker(dir, 60000);
    ASSERT_TRUE(broker.listening());
    const ChildOutcome outcome = run_child(
        client_environment(dir),
        []() -> std::vector<int64_t> {
            Rtk rtk = load_library();
            RTSSINST closer{}, opener{};
            if (rtk.attach(1, &closer) != 0 || rtk.attach(1, &opener) != 0) return {-1};
            int64_t seen_after_close = 0;
            for (int round = 0; round < 2000; ++round) {
                std::u16string object_units = u"closed." + std::u16string(1, u'a' + round % 26) +
                                              std::u16string(1, u'a' + round / 26 % 26) +
                                              std::u16string(1, u'a' + round / 676 % 26);
                std::u16string other_units = u"other";
                UNICODE_STRING object = unicode(object_units);
                UNICODE_STRING other = unicode(other_units);
                HANDLE closed{}, kept{}, opened{};
                void *view{};
                if (rtk.create_shm(closer, &closed, 0, 0, 4096, &object, &view) != 0 ||
                    rtk.create_shm(opener, &kept, 0, 0, 4096, &other, &view) != 0) {
                    return {-2};
                }
                rtk.close(opener, kept);
                rtk.close(closer, closed);
                if (rtk.open_shm(opener, &opened, 0, 0, &object, &view) == 0) {
                    ++seen_after_close;
                    rtk.close(opener, opened);
                }
            }
            return {seen_after_close};
        },
        60000);
    ASSERT_TRUE(outcome.finished);
    ASSERT_EQ(outcome.values.size(), 1u);
    ASSERT_GE(outcome.values[0], 0) << "setup failed";
    EXPECT_EQ(outcome.values[0], 0) << "opens (of 2000) that found an object already closed";
}

}  // namespace
}  // namespace rtkref_hardening
